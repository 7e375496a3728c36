using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Oversight;

public sealed record NotApplicableRow(int Id, int OrganisationId, string OrganisationName, int ColumnId, string ColumnName, string Reason, string? By, DateTime At);

public sealed record ColumnChoice(int Id, string Name, string Path);

public sealed record UnitChoice(int Id, string Name);

public sealed record NotApplicablePage(IReadOnlyList<NotApplicableRow> Marks, IReadOnlyList<UnitChoice> Units, IReadOnlyList<ColumnChoice> Columns);

/// <summary>The “不涉及” marks with the units and the columns that accept documents, for the county office's screen.</summary>
public sealed record ListNotApplicableQuery : IQuery<NotApplicablePage>;

public sealed class ListNotApplicableHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListNotApplicableQuery, NotApplicablePage>
{
    public async ValueTask<NotApplicablePage> Handle(ListNotApplicableQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.ViewCountyWide, "只有县政务公开办可以查看“不涉及”标记。");
        var marks = await (
            from m in db.NotApplicableMarks.AsNoTracking()
            join o in db.Organisations on m.OrganisationId equals o.Id
            join c in db.Columns on m.ColumnId equals c.Id
            orderby o.SortOrder, c.SortOrder
            select new NotApplicableRow(m.Id, o.Id, o.Name, c.Id, c.Name, m.Reason, m.UpdatedBy ?? m.CreatedBy, m.UpdatedAt ?? m.CreatedAt))
            .ToListAsync(cancellationToken);
        var units = await db.Organisations.AsNoTracking().Where(Organisation.HasDisclosureSection).Where(o => o.ValidTo == null).OrderBy(o => o.SortOrder)
            .Select(o => new UnitChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var columns = await db.Columns.AsNoTracking().Where(c => c.AcceptsDocuments).OrderBy(c => c.Path)
            .Select(c => new ColumnChoice(c.Id, c.Name, c.Path)).ToListAsync(cancellationToken);
        return new NotApplicablePage(marks, units, columns);
    }
}
