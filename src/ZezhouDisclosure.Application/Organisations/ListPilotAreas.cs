using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>The 26 pilot areas in the order of the seed attachment, with their responsible units.</summary>
public sealed record ListPilotAreasQuery : IQuery<IReadOnlyList<PilotAreaSummary>>;

public sealed class ListPilotAreasHandler(IAppDbContext db)
    : IQueryHandler<ListPilotAreasQuery, IReadOnlyList<PilotAreaSummary>>
{
    public async ValueTask<IReadOnlyList<PilotAreaSummary>> Handle(
        ListPilotAreasQuery query, CancellationToken cancellationToken)
    {
        var areas = await db.PilotAreas.AsNoTracking()
            .OrderBy(a => a.Number)
            .Select(a => new
            {
                a.Id,
                a.Number,
                a.Slug,
                a.Name,
                a.AttachmentRow,
                Units = a.Responsibilities.OrderBy(r => r.Organisation!.SortOrder)
                    .Select(r => new { r.Organisation!.Name, r.Organisation.Slug }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return areas
            .Select(a => new PilotAreaSummary(
                a.Id, a.Number, a.Slug, a.Name, a.AttachmentRow, a.Units.Select(u => (u.Name, u.Slug)).ToList()))
            .ToList();
    }
}
