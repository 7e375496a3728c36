using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Dashboard;

/// <summary>
/// A clerk's 工作台: the unit's documents by status and those returned for changes, its open 依申请公开 cases with
/// their statutory due dates, a township's 标准目录 (its state and the rows whose publication is due) and this year's
/// 解读 ratio against the threshold. Only the organisations the clerk acts for.
/// </summary>
public sealed record GetClerkWorkbenchQuery : IQuery<ClerkWorkbench>;

/// <summary>A township's 标准目录 on the 工作台: the working copy's state and the rows due (未发布 or 超期).</summary>
public sealed record WorkbenchCatalogue(CatalogueStatus? Status, string? ReviewComment, int PublishedVersionNumber, IReadOnlyList<ItemCoverage> RowsDue)
{
    public int NeverPublished => RowsDue.Count(r => r.Status == CoverageStatus.NeverPublished);

    public int Late => RowsDue.Count(r => r.Status == CoverageStatus.Late);
}

public sealed record ClerkWorkbench(
    string OrganisationName,
    DocumentCounts Documents,
    IReadOnlyList<WorkbenchDocument> Returned,
    IReadOnlyList<WorkbenchCase> Cases,
    WorkbenchCatalogue? Catalogue,
    InterpretationTally Interpretations)
{
    /// <summary>How many returned documents the page lists at most.</summary>
    public const int ListLimit = 20;

    public int Overdue => Cases.Count(c => c.Deadline == CaseDeadline.Overdue);

    public int DueSoon => Cases.Count(c => c.Deadline == CaseDeadline.DueSoon);
}

public sealed class GetClerkWorkbenchHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<GetClerkWorkbenchQuery, ClerkWorkbench>
{
    public async ValueTask<ClerkWorkbench> Handle(GetClerkWorkbenchQuery query, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var scope = currentUser.RecordScope().OrganisationIds;
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.Kind }).SingleAsync(cancellationToken);

        // The scope filter lets everybody's published documents through: keep to the clerk's own.
        var documents = db.Documents.AsNoTracking().Where(d => scope.Contains(d.OrganisationId));
        var counts = await DocumentCounts.OfAsync(documents, cancellationToken);
        var returned = await (
            from d in documents
            where d.Status == DocumentStatus.Returned
            join o in db.Organisations on d.OrganisationId equals o.Id
            orderby d.ReviewedAt descending, d.Id descending
            select new WorkbenchDocument(d.Id, d.Title, o.Name, d.Status, d.ReviewedAt, d.ReviewComment))
            .Take(ClerkWorkbench.ListLimit).ToListAsync(cancellationToken);

        // The to-do list's own query: the same scope, the same deadline engine and calendar.
        var requests = await new ListStaffRequestsHandler(db, currentUser, time).Handle(new ListStaffRequestsQuery(), cancellationToken);
        var cases = requests.Select(WorkbenchCases.From).ToList();

        WorkbenchCatalogue? catalogue = null;
        if (organisation.Kind == OrganisationKind.Township)
        {
            var working = await db.TownshipCatalogues.AsNoTracking().Where(c => c.OrganisationId == organisationId)
                .Select(c => new { c.Status, c.ReviewComment, c.PublishedVersionNumber }).FirstOrDefaultAsync(cancellationToken);
            var coverage = await new GetCatalogueCoverageHandler(db, currentUser).Handle(new GetCatalogueCoverageQuery(null), cancellationToken);
            var due = coverage.SelectMany(t => t.Items)
                .Where(i => i.Status is CoverageStatus.NeverPublished or CoverageStatus.Late)
                .OrderBy(i => i.Status == CoverageStatus.Late ? 0 : 1).ThenBy(i => i.Number)
                .ToList();
            catalogue = new WorkbenchCatalogue(working?.Status, working?.ReviewComment, working?.PublishedVersionNumber ?? 0, due);
        }

        var year = ChinaTime.Today(time).Year;
        var interpretations = await WorkbenchInterpretations.OfYearAsync(db, scope, year, cancellationToken);
        var tally = InterpretationTally.Of(year, interpretations.Select(i => (i.Form, i.Channels)));
        return new ClerkWorkbench(organisation.Name, counts, returned, cases, catalogue, tally);
    }
}
