using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.NewMedia;

/// <summary>What a unit registers about one of its 政务新媒体 accounts (谁开设、谁主办、谁负责).</summary>
public sealed record NewMediaAccountDetails(
    NewMediaPlatform Platform,
    string Name,
    string AccountId,
    string ResponsiblePerson,
    DateOnly OpenedOn,
    string? Approval);

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

    public string ResponsiblePerson { get; private set; } = "";

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

    public void Edit(NewMediaAccountDetails details, DateOnly today)
    {
        if (!IsRunning)
        {
            throw new DomainException("已关停或注销的账号不能修改。");
        }

        Apply(details, today);
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
        Approval = string.IsNullOrWhiteSpace(details.Approval) ? null : details.Approval.Trim();
    }
}
