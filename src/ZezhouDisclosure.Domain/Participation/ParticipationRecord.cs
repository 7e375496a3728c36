using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Participation;

/// <summary>
/// A record of public participation held by a unit: a government meeting with public attendance (列席), or an
/// 在线访谈 / 问政 / 政策大讲堂 event. Entered by the unit's clerk and published by the clerk (audited); a published
/// record can be corrected and stays public, or be withdrawn (撤回) when it was published by mistake.
/// </summary>
public class ParticipationRecord : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private ParticipationRecord()
    {
    }

    public ParticipationRecord(int organisationId, ParticipationRecordContent content, DateOnly today)
    {
        OrganisationId = organisationId;
        Apply(content, today);
    }

    public int OrganisationId { get; private set; }

    public ParticipationRecordKind Kind { get; private set; }

    /// <summary>会议名称 (列席) or 主题 (访谈).</summary>
    public string Title { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    /// <summary>列席: 利益相关方 attending.</summary>
    public int Stakeholders { get; private set; }

    /// <summary>列席: 群众代表 attending.</summary>
    public int CitizenRepresentatives { get; private set; }

    /// <summary>列席: 专家 attending.</summary>
    public int Experts { get; private set; }

    /// <summary>列席: 媒体 attending.</summary>
    public int Media { get; private set; }

    /// <summary>列席: 议题; 访谈: what was discussed.</summary>
    public string Topics { get; private set; } = "";

    /// <summary>访谈: 嘉宾 (names and posts).</summary>
    public string? Guests { get; private set; }

    /// <summary>访谈: 文字实录, plain text.</summary>
    public string? Transcript { get; private set; }

    /// <summary>访谈: 视频 address (http or https).</summary>
    public string? VideoUrl { get; private set; }

    /// <summary>列席: the published decision document the meeting concerned.</summary>
    public int? DecisionDocumentId { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsAttendance => Kind == ParticipationRecordKind.Attendance;

    public int Attendees => Stakeholders + CitizenRepresentatives + Experts + Media;

    public void Edit(ParticipationRecordContent content, DateOnly today) => Apply(content, today);

    public void Publish(DateTime now)
    {
        if (IsPublished)
        {
            throw new DomainException("该记录已发布。");
        }

        IsPublished = true;
        PublishedAt = now;
    }

    /// <summary>撤回: the record leaves the public columns and the search; the clerk may correct and publish it again.</summary>
    public void Withdraw()
    {
        if (!IsPublished)
        {
            throw new DomainException("该记录未发布，无需撤回。");
        }

        IsPublished = false;
        PublishedAt = null;
    }

    private void Apply(ParticipationRecordContent content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Enum.IsDefined(content.Kind))
        {
            throw new DomainException("记录类型无效。");
        }

        if (string.IsNullOrWhiteSpace(content.Title) || string.IsNullOrWhiteSpace(content.Topics))
        {
            throw new DomainException("请填写名称和议题（主题）。");
        }

        if (content.HeldOn > today)
        {
            throw new DomainException("举行日期不能晚于今天：记录的是已经举行的活动。");
        }

        if (content.Stakeholders < 0 || content.CitizenRepresentatives < 0 || content.Experts < 0 || content.Media < 0)
        {
            throw new DomainException("列席人数不能为负数。");
        }

        var attendance = content.Kind == ParticipationRecordKind.Attendance;
        if (attendance && content.Stakeholders + content.CitizenRepresentatives + content.Experts + content.Media == 0)
        {
            throw new DomainException("列席记录须填写至少一类列席人员的人数。");
        }

        if (!attendance && string.IsNullOrWhiteSpace(content.Guests))
        {
            throw new DomainException("访谈记录须填写嘉宾。");
        }

        if (!attendance && string.IsNullOrWhiteSpace(content.Transcript) && string.IsNullOrWhiteSpace(content.VideoUrl))
        {
            throw new DomainException("访谈记录须提供文字实录或视频链接。");
        }

        if (!string.IsNullOrWhiteSpace(content.VideoUrl) && !IsWebAddress(content.VideoUrl.Trim()))
        {
            throw new DomainException("视频链接须为 http 或 https 网址。");
        }

        Kind = content.Kind;
        Title = content.Title.Trim();
        HeldOn = content.HeldOn;
        Topics = content.Topics.Trim();
        Stakeholders = attendance ? content.Stakeholders : 0;
        CitizenRepresentatives = attendance ? content.CitizenRepresentatives : 0;
        Experts = attendance ? content.Experts : 0;
        Media = attendance ? content.Media : 0;
        DecisionDocumentId = attendance ? content.DecisionDocumentId : null;
        Guests = attendance ? null : content.Guests!.Trim();
        Transcript = attendance || string.IsNullOrWhiteSpace(content.Transcript) ? null : content.Transcript.Trim();
        VideoUrl = attendance || string.IsNullOrWhiteSpace(content.VideoUrl) ? null : content.VideoUrl.Trim();
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

/// <summary>What a clerk types for a 列席 or 访谈 record.</summary>
public sealed record ParticipationRecordContent(
    ParticipationRecordKind Kind,
    string Title,
    DateOnly HeldOn,
    string Topics,
    int Stakeholders = 0,
    int CitizenRepresentatives = 0,
    int Experts = 0,
    int Media = 0,
    int? DecisionDocumentId = null,
    string? Guests = null,
    string? Transcript = null,
    string? VideoUrl = null);
