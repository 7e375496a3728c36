using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Dashboard;

/// <summary>
/// The county office's 工作台: documents, 标准目录 and 依申请公开 decisions awaiting it, open cases overdue county-wide,
/// and the units whose 解读 ratio this year is heading below the threshold. County-wide users only.
/// </summary>
public sealed record GetCountyWorkbenchQuery : IQuery<CountyWorkbench>;

/// <summary>A submitted 标准目录 awaiting 审定.</summary>
public sealed record WorkbenchCatalogueSubmission(int Id, string OrganisationName, DateTime? SubmittedAt);

/// <summary>A unit whose 解读 so far this year fall short of a threshold.</summary>
public sealed record WorkbenchInterpretationShortfall(string OrganisationName, InterpretationTally Tally);

public sealed record CountyWorkbench(
    DocumentCounts Documents,
    IReadOnlyList<WorkbenchDocument> DocumentsAwaiting,
    int DocumentsAwaitingTotal,
    IReadOnlyList<WorkbenchCatalogueSubmission> CataloguesAwaiting,
    IReadOnlyList<WorkbenchCase> CasesAwaiting,
    IReadOnlyList<WorkbenchCase> OverdueCases,
    IReadOnlyList<WorkbenchInterpretationShortfall> InterpretationShortfalls,
    int Year)
{
    /// <summary>How many documents awaiting review the page lists at most (the review queue has them all).</summary>
    public const int ListLimit = 20;
}

public sealed class GetCountyWorkbenchHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<GetCountyWorkbenchQuery, CountyWorkbench>
{
    public async ValueTask<CountyWorkbench> Handle(GetCountyWorkbenchQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsCountyWide())
        {
            throw new ForbiddenException("只有县政务公开办可以查看全县工作台。");
        }

        var documents = db.Documents.AsNoTracking();
        var counts = await DocumentCounts.OfAsync(documents, cancellationToken);

        // Awaiting the county office: submitted for review, or published urgently and awaiting 补审.
        var awaiting = documents.Where(d => d.Status == DocumentStatus.Submitted || d.AwaitingPostReview);
        var awaitingTotal = await awaiting.CountAsync(cancellationToken);
        var awaitingRows = await (
            from d in awaiting
            join o in db.Organisations on d.OrganisationId equals o.Id
            orderby d.SubmittedAt, d.Id
            select new WorkbenchDocument(d.Id, d.Title, o.Name, d.Status, d.SubmittedAt, null))
            .Take(CountyWorkbench.ListLimit).ToListAsync(cancellationToken);

        var catalogues = await (
            from c in db.TownshipCatalogues.AsNoTracking()
            where c.Status == CatalogueStatus.Submitted
            join o in db.Organisations on c.OrganisationId equals o.Id
            orderby c.SubmittedAt, o.SortOrder
            select new WorkbenchCatalogueSubmission(c.Id, o.Name, c.SubmittedAt))
            .ToListAsync(cancellationToken);

        var requests = await new ListStaffRequestsHandler(db, currentUser, time).Handle(new ListStaffRequestsQuery(), cancellationToken);
        var cases = requests.Select(WorkbenchCases.From).ToList();

        var year = ChinaTime.Today(time).Year;
        var interpretations = await WorkbenchInterpretations.OfYearAsync(db, null, year, cancellationToken);
        var names = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Name, o.Kind, o.SortOrder }).ToListAsync(cancellationToken);
        var shortfalls = names.OrderBy(o => o.Kind).ThenBy(o => o.SortOrder)
            .Select(o => new WorkbenchInterpretationShortfall(
                o.Name, InterpretationTally.Of(year, interpretations.Where(i => i.OrganisationId == o.Id).Select(i => (i.Form, i.Channels)))))
            .Where(s => s.Tally.NonTextBelowThreshold)
            .ToList();

        return new CountyWorkbench(
            counts, awaitingRows, awaitingTotal, catalogues,
            [.. cases.Where(c => c.AwaitsHead)],
            [.. cases.Where(c => c.Deadline == CaseDeadline.Overdue)],
            shortfalls, year);
    }
}
