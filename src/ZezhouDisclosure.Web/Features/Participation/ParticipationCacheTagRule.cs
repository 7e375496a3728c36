using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Participation;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Participation;

/// <summary>
/// A consultation (or a comment on it, or its feedback) changed: its page and the 公众参与 lists (ADR 0009). Found by
/// scanning. The decision document's page is evicted through the document kind the change source adds.
/// </summary>
public sealed class ParticipationCacheTagRule : IOutputCacheTagRule
{
    /// <summary>Every 公众参与 list (county, per unit, feeds).</summary>
    public const string ListsTag = "consultations";

    public static string ConsultationTag(int id) => "consultation:" + id.ToString(CultureInfo.InvariantCulture);

    public PublicContentKind Kind => PublicContentKind.Consultation;

    public IEnumerable<string> TagsFor(PublicContentChange change) => [ConsultationTag(change.Id), ListsTag];
}

/// <summary>
/// A 参与事项目录 changed: the 公众参与 lists and pages (they all carry <see cref="ParticipationCacheTagRule.ListsTag"/>).
/// </summary>
public sealed class ParticipationCatalogueCacheTagRule : IOutputCacheTagRule
{
    public PublicContentKind Kind => PublicContentKind.ParticipationCatalogue;

    public IEnumerable<string> TagsFor(PublicContentChange change) => [ParticipationCacheTagRule.ListsTag];
}

/// <summary>A 列席 / 访谈 record changed: the 公众参与 lists and pages, as for a catalogue.</summary>
public sealed class ParticipationRecordCacheTagRule : IOutputCacheTagRule
{
    public PublicContentKind Kind => PublicContentKind.ParticipationRecord;

    public IEnumerable<string> TagsFor(PublicContentChange change) => [ParticipationCacheTagRule.ListsTag];
}
