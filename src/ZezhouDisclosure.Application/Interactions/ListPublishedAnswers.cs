using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// The public 答复 list: answered messages whose citizen agreed to publication and which the county office approved;
/// never a name or a contact. Searchable by words of the title, message or answer, and per unit.
/// </summary>
public sealed record ListPublishedAnswersQuery(string? Text = null, int? OrganisationId = null, int Page = 1) : IQuery<PublishedAnswersPage>;

public sealed record PublishedAnswerRow(string Number, string Category, string Title, string Content, string Unit, DateOnly ReceivedOn, DateOnly AnsweredOn, string Reply)
{
    /// <summary>What the public reads of a published message: phone and ID numbers masked, never a name or contact.</summary>
    public static PublishedAnswerRow Of(CitizenMessage m, string unit)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Number, InteractionLabels.Of(m.Category), PersonalDataScan.Remove(m.Title), PersonalDataScan.Remove(m.Content), unit,
            m.ReceivedOn, m.AnsweredOn!.Value, PersonalDataScan.Remove(m.Reply))
        {
            Id = m.Id,
        };
    }

    /// <summary>The message's id (the output cache tags the answer page by it).</summary>
    public int Id { get; init; }
}

public sealed record PublishedAnswersPage(IReadOnlyList<PublishedAnswerRow> Rows, int Total, int Page, int PageSize);

public sealed class ListPublishedAnswersHandler(IAppDbContext db) : IQueryHandler<ListPublishedAnswersQuery, PublishedAnswersPage>
{
    public const int PageSize = 20;
    public const int MaxTextLength = 50;

    public async ValueTask<PublishedAnswersPage> Handle(ListPublishedAnswersQuery query, CancellationToken cancellationToken)
    {
        // Published answers are the entity's public rows: the organisation-scope filter lets everyone read them.
        var answers = db.CitizenMessages.AsNoTracking().Where(m => m.IsPublished && m.Status == MessageStatus.Answered);
        if (query.OrganisationId is int unit)
        {
            answers = answers.Where(m => m.AnsweredByOrganisationId == unit);
        }

        var text = query.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
            answers = answers.Where(m => m.Title.Contains(text) || m.Content.Contains(text) || m.Reply!.Contains(text));
        }

        var total = await answers.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await answers.OrderByDescending(m => m.AnsweredOn).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return new PublishedAnswersPage(
            [.. rows.Select(m => PublishedAnswerRow.Of(m, names.GetValueOrDefault(m.AnsweredByOrganisationId ?? m.OrganisationId, "")))],
            total, page, PageSize);
    }
}
