using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>Where a 整改 stands.</summary>
public enum RectificationStatus
{
    /// <summary>待整改: notified (通报) or reopened after a failed check.</summary>
    Open = 0,

    /// <summary>已整改待复核: the unit recorded its 整改; the next inspection verifies it.</summary>
    Done = 1,

    /// <summary>已销号: the inspector no longer observes the problem.</summary>
    Verified = 2,
}

/// <summary>What the inspector's verification did to a 整改.</summary>
public enum RectificationVerdict
{
    Unchanged = 0,
    Verified = 1,
    Reopened = 2,
}

/// <summary>
/// 整改: the county office 通报s a finding to the unit with a due date; the unit's clerk records what was done; the
/// inspector's next run verifies it (销号) or reopens it when the problem is still observed.
/// </summary>
public class Rectification : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private Rectification()
    {
    }

    public Rectification(int organisationId, int findingId, DateOnly dueOn, string notice, DateOnly today, DateTime now, string by)
    {
        if (dueOn < today)
        {
            throw new DomainException("整改期限不能早于今天。");
        }

        if (string.IsNullOrWhiteSpace(notice))
        {
            throw new DomainException("请填写通报内容。");
        }

        OrganisationId = organisationId;
        FindingId = findingId;
        DueOn = dueOn;
        Notice = notice.Trim();
        NotifiedAt = now;
        NotifiedBy = by;
        Status = RectificationStatus.Open;
    }

    public int OrganisationId { get; private set; }

    public int FindingId { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>通报: what the county office asks for.</summary>
    public string Notice { get; private set; } = "";

    public DateTime NotifiedAt { get; private set; }

    public string NotifiedBy { get; private set; } = "";

    public RectificationStatus Status { get; private set; }

    /// <summary>整改情况 as the unit recorded it (the latest).</summary>
    public string? Note { get; private set; }

    public DateTime? DoneAt { get; private set; }

    public string? DoneBy { get; private set; }

    public DateTime? VerifiedAt { get; private set; }

    /// <summary>How often the inspector found the problem still there after the unit marked it done.</summary>
    public int TimesReopened { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool CanRecord => Status == RectificationStatus.Open;

    /// <summary>Overdue while not 销号 after its due date (Beijing days).</summary>
    public bool IsOverdue(DateOnly today) => Status != RectificationStatus.Verified && today > DueOn;

    /// <summary>The unit's clerk records the 整改 and marks it done.</summary>
    public void Record(string note, DateTime now, string by)
    {
        if (!CanRecord)
        {
            throw new DomainException(Status == RectificationStatus.Done ? "该整改已标记完成，等待监测复核。" : "该整改已销号。");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("请填写整改情况。");
        }

        Note = note.Trim();
        DoneAt = now;
        DoneBy = by;
        Status = RectificationStatus.Done;
    }

    /// <summary>
    /// The inspector's next run: the problem gone closes the 整改 (whether or not the unit recorded it); still there
    /// after the unit marked it done reopens it; still there while open changes nothing.
    /// </summary>
    public RectificationVerdict Verify(bool stillObserved, DateTime now)
    {
        if (Status == RectificationStatus.Verified)
        {
            return RectificationVerdict.Unchanged;
        }

        if (!stillObserved)
        {
            Status = RectificationStatus.Verified;
            VerifiedAt = now;
            return RectificationVerdict.Verified;
        }

        if (Status == RectificationStatus.Done)
        {
            Status = RectificationStatus.Open;
            TimesReopened++;
            return RectificationVerdict.Reopened;
        }

        return RectificationVerdict.Unchanged;
    }
}
