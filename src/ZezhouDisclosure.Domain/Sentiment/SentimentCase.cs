using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Sentiment;

/// <summary>
/// A 政务舆情 case (四(五)2): what was seen where and when, its level, the responsible units with a lead unit, the
/// named 联络人 and 承办人, and a timeline. Its clocks run in hours: 24 h (重大) or 48 h (一般) from first seen to
/// the first public response, and 24 h for each 核实反馈 the county office asks for.
/// </summary>
public class SentimentCase : Entity, IAuditable, IVersioned
{
    private readonly List<SentimentEntry> _entries = [];
    private readonly List<SentimentCaseUnit> _units = [];

    private SentimentCase()
    {
    }

    public SentimentCase(
        string topic, string source, string? link, DateTime firstSeenAt, SentimentLevel level, int leadOrganisationId,
        IEnumerable<int> otherOrganisationIds, string liaisonName, string handlerName, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(otherOrganisationIds);
        if (firstSeenAt > now)
        {
            throw new DomainException("首次发现时间不能晚于现在。");
        }

        if (string.IsNullOrWhiteSpace(topic) || string.IsNullOrWhiteSpace(source))
        {
            throw new DomainException("请填写舆情主题和来源。");
        }

        if (string.IsNullOrWhiteSpace(liaisonName) || string.IsNullOrWhiteSpace(handlerName))
        {
            throw new DomainException("请填写联络人和承办人姓名。");
        }

        Topic = topic.Trim();
        Source = source.Trim();
        Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        FirstSeenAt = firstSeenAt;
        Level = level;
        LiaisonName = liaisonName.Trim();
        HandlerName = handlerName.Trim();
        _units.Add(new SentimentCaseUnit(leadOrganisationId, isLead: true));
        foreach (var id in otherOrganisationIds.Where(id => id != leadOrganisationId).Distinct())
        {
            _units.Add(new SentimentCaseUnit(id, isLead: false));
        }

        Status = SentimentStatus.Open;
    }

    public string Topic { get; private set; } = "";

    /// <summary>Where it was seen (a platform, a forum, a newspaper).</summary>
    public string Source { get; private set; } = "";

    public string? Link { get; private set; }

    /// <summary>首次发现时间 (UTC): the response clock starts here.</summary>
    public DateTime FirstSeenAt { get; private set; }

    public SentimentLevel Level { get; private set; }

    /// <summary>联络人.</summary>
    public string LiaisonName { get; private set; } = "";

    /// <summary>承办人.</summary>
    public string HandlerName { get; private set; } = "";

    public SentimentStatus Status { get; private set; }

    /// <summary>The first public response (stops the response clock).</summary>
    public DateTime? FirstResponseAt { get; private set; }

    /// <summary>The open verification request, if any (starts the 24-hour 核实反馈 clock).</summary>
    public DateTime? VerificationRequestedAt { get; private set; }

    public DateTime? VerificationAnsweredAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public IReadOnlyList<SentimentEntry> Entries => _entries;

    public IReadOnlyList<SentimentCaseUnit> Units => _units;

    public int LeadOrganisationId => _units.First(u => u.IsLead).OrganisationId;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsClosed => Status == SentimentStatus.Closed;

    public SentimentClock ResponseClock =>
        SentimentClock.Start("首次回应", FirstSeenAt, SentimentClock.ResponseLimit(Level), FirstResponseAt);

    /// <summary>The current (or last) 核实反馈 clock; null when none was asked for.</summary>
    public SentimentClock? VerificationClock => VerificationRequestedAt is { } asked
        ? SentimentClock.Start("核实反馈", asked, SentimentClock.VerificationLimit, VerificationAnsweredAt)
        : null;

    /// <summary>The clocks that still run (none once closed).</summary>
    public IReadOnlyList<SentimentClock> RunningClocks =>
        IsClosed ? [] : new[] { ResponseClock, VerificationClock }.Where(c => c is { IsRunning: true }).Select(c => c!).ToList();

    public bool IsOverdue(DateTime now) => RunningClocks.Any(c => c.IsOverdue(now));

    /// <summary>The county office (re)grades the case; the response clock follows the new level.</summary>
    public void SetLevel(SentimentLevel level)
    {
        EnsureOpen();
        Level = level;
    }

    /// <summary>Adds a line to the timeline, with what it does to the clocks.</summary>
    public void Record(SentimentEntryKind kind, string text, DateTime at, string by, SentimentResponseKind? responseKind = null, string? reference = null)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("请填写记录内容。");
        }

        if (at < FirstSeenAt)
        {
            throw new DomainException("记录时间不能早于首次发现时间。");
        }

        var isPublication = kind is SentimentEntryKind.Response or SentimentEntryKind.FollowUp;
        if (isPublication && (responseKind is null || string.IsNullOrWhiteSpace(reference)))
        {
            throw new DomainException("回应和跟进发布须关联公开回应：门户网站发布的文件、新闻发布会记录或其他渠道的链接。");
        }

        switch (kind)
        {
            case SentimentEntryKind.Response:
                FirstResponseAt ??= at;
                break;
            case SentimentEntryKind.FollowUp when FirstResponseAt is null:
                throw new DomainException("尚未首次回应，请先登记回应。");
            case SentimentEntryKind.VerificationRequest:
                if (VerificationRequestedAt is not null && VerificationAnsweredAt is null)
                {
                    throw new DomainException("上一次核实要求尚未反馈。");
                }

                VerificationRequestedAt = at;
                VerificationAnsweredAt = null;
                break;
            case SentimentEntryKind.VerificationFeedback:
                if (VerificationRequestedAt is null || VerificationAnsweredAt is not null)
                {
                    throw new DomainException("没有待反馈的核实要求。");
                }

                VerificationAnsweredAt = at;
                break;
        }

        _entries.Add(new SentimentEntry(kind, text.Trim(), at, by, isPublication ? responseKind : null, isPublication ? reference!.Trim() : null));
    }

    /// <summary>
    /// 核实反馈 recorded by a responsible unit's own staff (联络人/承办人): only a unit named on the case may, and only
    /// while the county office's verification request is outstanding.
    /// </summary>
    public void RecordVerificationFeedback(int organisationId, string text, DateTime at, string by)
    {
        if (!_units.Any(u => u.OrganisationId == organisationId))
        {
            throw new DomainException("只有该舆情的责任单位可以反馈核实情况。");
        }

        Record(SentimentEntryKind.VerificationFeedback, text, at, by);
    }

    /// <summary>办结: only after a public response and with no verification outstanding; the timeline is kept.</summary>
    public void Close(DateTime at)
    {
        EnsureOpen();
        if (FirstResponseAt is null)
        {
            throw new DomainException("尚未公开回应，不能办结。");
        }

        if (VerificationRequestedAt is not null && VerificationAnsweredAt is null)
        {
            throw new DomainException("核实要求尚未反馈，不能办结。");
        }

        Status = SentimentStatus.Closed;
        ClosedAt = at;
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainException("该舆情已办结，不能再修改。");
        }
    }
}
