using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>One published answer by its 留言编号 (the search result's page): 404 for any other number.</summary>
public sealed record GetPublishedAnswerQuery(string? Number) : IQuery<PublishedAnswerRow>;

public sealed class GetPublishedAnswerHandler(IAppDbContext db) : IQueryHandler<GetPublishedAnswerQuery, PublishedAnswerRow>
{
    public async ValueTask<PublishedAnswerRow> Handle(GetPublishedAnswerQuery query, CancellationToken cancellationToken)
    {
        var number = MessageNumber.Normalise(query.Number);
        // Published answers are the entity's public rows: the organisation-scope filter lets everyone read them.
        var m = MessageNumber.IsValid(number)
            ? await db.CitizenMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Number == number && m.IsPublished && m.Status == MessageStatus.Answered, cancellationToken)
            : null;
        if (m is null)
        {
            throw new NotFoundException("未找到该公开答复。");
        }

        var unit = await db.Organisations.AsNoTracking().Where(o => o.Id == (m.AnsweredByOrganisationId ?? m.OrganisationId))
            .Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return PublishedAnswerRow.Of(m, unit);
    }
}
