using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.RequestNotices;

/// <summary>
/// Who may generate a case's notices: the clerk of the organisation applied to, and the county office (reviewers).
/// Administrators manage accounts and reference data, not cases. Another organisation's clerk gets 404.
/// </summary>
internal static class RequestNoticeAccess
{
    public static async Task<DisclosureRequest> LoadAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        var request = await FindAsync(db, currentUser, id, cancellationToken);
        if (!MayGenerate(currentUser, request))
        {
            throw new ForbiddenException("只有承办单位的信息员或县政务公开办可以生成告知书。");
        }

        return request;
    }

    /// <summary>The case as the caller may see it (404 for another organisation's clerk), without the generate check.</summary>
    public static async Task<DisclosureRequest> FindAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        if (!currentUser.IsCountyWide())
        {
            currentUser.RequireClerkOrganisation();
        }

        // Another organisation's case is out of the organisation-scope filter: not found.
        return await db.DisclosureRequests.AsNoTracking().Include(r => r.Consultations).FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException();
    }

    public static bool MayGenerate(ICurrentUser currentUser, DisclosureRequest request) =>
        currentUser.IsInRole(Roles.Reviewer)
        || (currentUser.IsInRole(Roles.Clerk) && currentUser.OrganisationIds.Contains(request.OrganisationId));
}
