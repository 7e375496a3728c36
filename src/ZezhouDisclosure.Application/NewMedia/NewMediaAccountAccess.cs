using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>How a clerk's change to one of the unit's accounts finds it: the same checks, in the same order, for every change.</summary>
internal static class NewMediaAccountAccess
{
    /// <summary>
    /// The running account <paramref name="id"/> of the clerk's own unit, as the form that changes it saw it: 404 when it does not
    /// exist, 403 for another unit's account, 409 when it is closed or was changed since the form was built (the version is also
    /// the concurrency token, so a change committed in between fails on save). <c>verb</c> is what the clerk does (修改, 关停), for the
    /// messages.
    /// </summary>
    public static async Task<NewMediaAccount> OwnRunningAccountAsync(
        this IAppDbContext db, int organisationId, int id, int version, string verb, CancellationToken cancellationToken)
    {
        var account = await db.NewMediaAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (account.OrganisationId != organisationId)
        {
            throw new ForbiddenException($"只能{verb}本单位的账号。");
        }

        if (!account.IsRunning)
        {
            throw new ConflictException($"该账号已关停或注销，不能{verb}。");
        }

        if (account.Version != version)
        {
            throw new ConflictException("该账号已被他人修改，请刷新页面后重新操作。");
        }

        db.ExpectVersion(account, version);
        return account;
    }
}
