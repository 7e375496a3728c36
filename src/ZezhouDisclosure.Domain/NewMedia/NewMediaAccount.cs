using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.NewMedia;

/// <summary>
/// What a unit registers about one of its 政务新媒体 accounts: 谁开设 (the unit, and its approval), 谁申请
/// (<see cref="Applicant"/>), 谁使用 (<see cref="Operator"/>), 谁负责 (<see cref="ResponsiblePerson"/>).
/// </summary>
public sealed record NewMediaAccountDetails(
    NewMediaPlatform Platform,
    string Name,
    string AccountId,
    string ResponsiblePerson,
    DateOnly OpenedOn,
    string? Approval,
    string? Applicant = null,
    string? Operator = null)
{
    /// <summary>What differs from <paramref name="before"/>, one Chinese line per field (“账号名称：甲 → 乙”).</summary>
    public IReadOnlyList<string> ChangesFrom(NewMediaAccountDetails before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changes = new List<string>();
        void Compare(string label, string? was, string? now)
        {
            if (!string.Equals(was ?? "", now ?? "", StringComparison.Ordinal))
            {
                changes.Add($"{label}：{(string.IsNullOrEmpty(was) ? "未填写" : was)} → {(string.IsNullOrEmpty(now) ? "未填写" : now)}");
            }
        }

        Compare("平台", NewMediaLabels.Of(before.Platform), NewMediaLabels.Of(Platform));
        Compare("账号名称", before.Name, Name);
        Compare("账号ID", before.AccountId, AccountId);
        Compare("开办日期", before.OpenedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), OpenedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Compare("开办审批", before.Approval, Approval);
        Compare("申请科室", before.Applicant, Applicant);
        Compare("使用（运维）", before.Operator, Operator);
        Compare("负责人", before.ResponsiblePerson, ResponsiblePerson);
        return changes;
    }
}

/// <summary>
/// A 政务新媒体 account of one unit: platform, name and ID, the person responsible, when and with what approval it was
/// opened, and its status. Closing (关停) or cancelling (注销) needs the public closure notice and its date; a closed
/// account is not reopened here (a new registration is).
/// </summary>
public class NewMediaAccount : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private NewMediaAccount()
    {
    }

    public NewMediaAccount(int organisationId, NewMediaAccountDetails details, DateOnly today)
    {
        OrganisationId = organisationId;
        Status = NewMediaAccountStatus.Running;
        Apply(details, today);
    }

    public int OrganisationId { get; private set; }

    public NewMediaPlatform Platform { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>账号 ID on the platform (微信号, 微博 UID …).</summary>
    public string AccountId { get; private set; } = "";

    /// <summary>谁负责: the person answerable for the account.</summary>
    public string ResponsiblePerson { get; private set; } = "";

    /// <summary>谁申请: the office (科室) or person that applied to open the account.</summary>
    public string? Applicant { get; private set; }

    /// <summary>谁使用: who runs the account day to day (the office, or a contractor under the unit's supervision).</summary>
    public string? Operator { get; private set; }

    /// <summary>开办日期.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>开办审批 (the approving document or body).</summary>
    public string? Approval { get; private set; }

    public NewMediaAccountStatus Status { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>关停/注销公告: what the public was told.</summary>
    public string? ClosureNotice { get; private set; }

    /// <summary>The last post date recorded by the latest monthly check.</summary>
    public DateOnly? LastPostOn { get; private set; }

    /// <summary>The month (first day) of the latest monthly check.</summary>
    public DateOnly? LastCheckedMonth { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsRunning => Status == NewMediaAccountStatus.Running;

    /// <summary>Whether the account was running at some time in <paramref name="year"/> (the 年报 counts those).</summary>
    public bool WasRunningIn(int year) =>
        OpenedOn.Year <= year && (ClosedOn is not { } closed || closed.Year >= year);

    /// <summary>The registered details as they are now.</summary>
    public NewMediaAccountDetails Details => new(Platform, Name, AccountId, ResponsiblePerson, OpenedOn, Approval, Applicant, Operator);

    /// <summary>
    /// Changes the registered details (rename, another responsible person, a corrected ID …) and says what changed, one
    /// line per field, for the account's history. A change of nothing is refused.
    /// </summary>
    public IReadOnlyList<string> Edit(NewMediaAccountDetails details, DateOnly today)
    {
        if (!IsRunning)
        {
            throw new DomainException("已关停或注销的账号不能修改。");
        }

        var before = Details;
        Apply(details, today);
        var changes = Details.ChangesFrom(before);
        if (changes.Count == 0)
        {
            throw new DomainException("没有修改任何登记内容。");
        }

        return changes;
    }

    /// <summary>关停 or 注销 with the public notice and its date.</summary>
    public void Close(NewMediaAccountStatus status, DateOnly closedOn, string? notice, DateOnly today)
    {
        if (!IsRunning)
        {
            throw new DomainException("该账号已关停或注销。");
        }

        if (status == NewMediaAccountStatus.Running || !Enum.IsDefined(status))
        {
            throw new DomainException("请选择关停或注销。");
        }

        if (string.IsNullOrWhiteSpace(notice) || notice.Trim().Length < 10)
        {
            throw new DomainException("关停或注销账号须填写向公众发布的关停公告（不少于10个字）。");
        }

        if (notice.Trim().Length > DataLimits.Reason)
        {
            throw new DomainException($"关停公告不能超过{DataLimits.Reason}个字。");
        }

        if (closedOn > today)
        {
            throw new DomainException("关停日期不能晚于今天。");
        }

        if (closedOn < OpenedOn)
        {
            throw new DomainException("关停日期不能早于开办日期。");
        }

        Status = status;
        ClosedOn = closedOn;
        ClosureNotice = notice.Trim();
    }

    /// <summary>Takes the latest monthly check's figures.</summary>
    public void Record(NewMediaCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (LastCheckedMonth is null || check.Month >= LastCheckedMonth)
        {
            LastCheckedMonth = check.Month;
            LastPostOn = check.LastPostOn;
        }
    }

    private void Apply(NewMediaAccountDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!Enum.IsDefined(details.Platform))
        {
            throw new DomainException("请选择平台。");
        }

        if (string.IsNullOrWhiteSpace(details.Name))
        {
            throw new DomainException("请填写账号名称。");
        }

        if (string.IsNullOrWhiteSpace(details.AccountId))
        {
            throw new DomainException("请填写账号ID。");
        }

        if (string.IsNullOrWhiteSpace(details.ResponsiblePerson))
        {
            throw new DomainException("请填写负责人。");
        }

        if (details.OpenedOn > today)
        {
            throw new DomainException("开办日期不能晚于今天。");
        }

        Platform = details.Platform;
        Name = details.Name.Trim();
        AccountId = details.AccountId.Trim();
        ResponsiblePerson = details.ResponsiblePerson.Trim();
        OpenedOn = details.OpenedOn;
        Approval = Optional(details.Approval);
        Applicant = Optional(details.Applicant);
        Operator = Optional(details.Operator);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
