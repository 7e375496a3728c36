using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Dashboard;

/// <summary>
/// A 单位负责人's 工作台: the documents of the unit waiting for the head's sign-off (单位审核), oldest first, and the
/// unit's documents by status. Only the head's own unit.
/// </summary>
public sealed record GetUnitHeadWorkbenchQuery : IQuery<UnitHeadWorkbench>;

public sealed record UnitHeadWorkbench(string OrganisationName, DocumentCounts Documents, IReadOnlyList<WorkbenchDocument> AwaitingSignOff)
{
    /// <summary>How many waiting documents the page lists at most.</summary>
    public const int ListLimit = 20;
}

public sealed class GetUnitHeadWorkbenchHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetUnitHeadWorkbenchQuery, UnitHeadWorkbench>
{
    public async ValueTask<UnitHeadWorkbench> Handle(GetUnitHeadWorkbenchQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Documents.ApproveInUnit, "只有单位负责人可以查看单位审核工作台。");
        if (currentUser.OrganisationId is not int organisationId)
        {
            throw new ForbiddenException("单位负责人账号没有绑定单位。");
        }

        var organisationName = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => o.Name).SingleAsync(cancellationToken);

        // The scope filter lets everybody's published documents through: keep to the head's own unit.
        var documents = db.Documents.AsNoTracking().Where(d => d.OrganisationId == organisationId);
        var counts = await DocumentCounts.OfAsync(documents, cancellationToken);
        var awaiting = await (
            from d in documents
            where d.Status == DocumentStatus.AwaitingUnitApproval
            orderby d.SubmittedAt, d.Id
            select new WorkbenchDocument(d.Id, d.Title, organisationName, d.Status, d.SubmittedAt, null))
            .Take(UnitHeadWorkbench.ListLimit).ToListAsync(cancellationToken);
        return new UnitHeadWorkbench(organisationName, counts, awaiting);
    }
}
