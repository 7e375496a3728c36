using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.NewMedia;

/// <summary>
/// The monthly check (月度检查) of one account: the last post date, interactions received and answered, the problems
/// found and their 整改. One per account and month.
/// </summary>
public class NewMediaCheck : Entity, IOrganisationOwned, IAuditable
{
    private NewMediaCheck()
    {
    }

    public NewMediaCheck(
        NewMediaAccount account, DateOnly month, DateOnly checkedOn, DateOnly? lastPostOn,
        int interactionsReceived, int interactionsAnswered, string? problems, string? rectification)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!account.IsRunning)
        {
            throw new DomainException("已关停或注销的账号不再检查。");
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        if (first > checkedOn)
        {
            throw new DomainException("不能检查尚未开始的月份。");
        }

        if (lastPostOn is { } last && (last > checkedOn || last < account.OpenedOn))
        {
            throw new DomainException("最近更新日期应在开办日期与检查日期之间。");
        }

        if (interactionsReceived < 0 || interactionsAnswered < 0)
        {
            throw new DomainException("互动数量不能为负数。");
        }

        if (interactionsAnswered > interactionsReceived)
        {
            throw new DomainException("已回应的互动不能多于收到的互动。");
        }

        var problem = string.IsNullOrWhiteSpace(problems) ? null : problems.Trim();
        var fix = string.IsNullOrWhiteSpace(rectification) ? null : rectification.Trim();
        if (problem is not null && fix is null)
        {
            throw new DomainException("发现问题的，请填写整改情况。");
        }

        if ((problem?.Length ?? 0) > DataLimits.Reason || (fix?.Length ?? 0) > DataLimits.Reason)
        {
            throw new DomainException($"问题和整改情况各不能超过{DataLimits.Reason}个字。");
        }

        NewMediaAccountId = account.Id;
        OrganisationId = account.OrganisationId;
        Month = first;
        CheckedOn = checkedOn;
        LastPostOn = lastPostOn;
        InteractionsReceived = interactionsReceived;
        InteractionsAnswered = interactionsAnswered;
        Problems = problem;
        Rectification = fix;
    }

    public int NewMediaAccountId { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>The month checked (its first day).</summary>
    public DateOnly Month { get; private set; }

    public DateOnly CheckedOn { get; private set; }

    public DateOnly? LastPostOn { get; private set; }

    public int InteractionsReceived { get; private set; }

    public int InteractionsAnswered { get; private set; }

    public string? Problems { get; private set; }

    /// <summary>整改情况.</summary>
    public string? Rectification { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Whether the account had no post for two weeks at the check.</summary>
    public bool WasStale => NewMediaRules.IsStale(LastPostOn, CheckedOn);
}
