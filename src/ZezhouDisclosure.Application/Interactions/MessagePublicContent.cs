using System.Globalization;
using System.Linq.Expressions;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>The public content kind of 互动交流: a published 留言 with its 答复.</summary>
public static class MessagePublicContent
{
    private static readonly PublicContentKind MessageAnswerKind = new("message-answer");

    extension(PublicContentKind)
    {
        /// <summary>A published answer; the id is the message's, the organisation the unit that answered.</summary>
        public static PublicContentKind MessageAnswer => MessageAnswerKind;
    }
}

/// <summary>
/// A saved message changes the public site once it has been published (its answer page, the 答复 list, search): while
/// it is published, and when it is taken off again (撤回公开 keeps <see cref="CitizenMessage.PublishedAt"/>), so the
/// withdrawal evicts the cached pages and removes the search entry. A message never published makes no change, so
/// triage and answers evict nothing.
/// </summary>
public sealed class MessageContentSource : PublicContentSource
{
    public MessageContentSource() =>
        Map<CitizenMessage>(m => m.IsPublished || m.IsWithdrawn
            ? [new(PublicContentKind.MessageAnswer, m.Id, m.AnsweredByOrganisationId ?? m.OrganisationId)]
            : []);
}

/// <summary>
/// Published answers in the portal search: the question and the answer with phone and ID numbers masked, never the
/// citizen's name or contact details; the result links to the public answer page.
/// </summary>
public sealed class MessageSearchSource(IAppDbContext db) : PublishedSearchSource<CitizenMessage>(KeyPrefix)
{
    private const string KeyPrefix = "message:";

    public override IReadOnlyCollection<PublicContentKind> Kinds { get; } = [PublicContentKind.MessageAnswer];

    protected override IQueryable<CitizenMessage> Rows => db.CitizenMessages;

    // Published answers are the entity's public rows: the organisation-scope filter lets the index read them.
    protected override Expression<Func<CitizenMessage, bool>> IsPublished => m => m.IsPublished && m.Status == MessageStatus.Answered;

    public static string Key(int id) => KeyPrefix + id.ToString(CultureInfo.InvariantCulture);

    protected override async Task<IReadOnlyList<SearchItem>> ReadAsync(IQueryable<CitizenMessage> published, CancellationToken cancellationToken)
    {
        var rows = await published
            .Select(m => new
            {
                m.Id, m.Number, m.Category, m.Title, m.Content, m.Reply, m.PublishedAt, m.AnsweredOn,
                Organisation = db.Organisations.Where(o => o.Id == (m.AnsweredByOrganisationId ?? m.OrganisationId)).Select(o => o.Name).First(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new SearchItem(
            Key(m.Id), SearchKind.MessageAnswer, PersonalDataScan.Remove(m.Title), InteractionLinks.PublishedAnswer(m.Number), m.PublishedAt ?? default)
        {
            Summary = PersonalDataScan.Remove(m.Content),
            Body = PersonalDataScan.Remove(m.Reply),
            Keywords = InteractionLabels.Of(m.Category),
            Organisation = m.Organisation,
            Column = "互动交流",
            Year = m.AnsweredOn?.Year,
        })];
    }
}
