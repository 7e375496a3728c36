using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>
/// Who may act for a village: its own 信息员, or the township clerk acting for its villages (the village is in the
/// user's organisation scope); who reviews: the staff of the village's township (never the village itself, and the
/// county office does not review village content).
/// </summary>
public static class VillageAccess
{
    public static async Task<Organisation> VillageAsync(IAppDbContext db, int villageId, CancellationToken cancellationToken)
    {
        var village = await db.Organisations.FirstOrDefaultAsync(o => o.Id == villageId, cancellationToken);
        return village is { IsVillageLevel: true } ? village : throw new NotFoundException("村（居）不存在。");
    }

    /// <summary>Refuses anyone who may not write for the village.</summary>
    public static void RequireWriter(ICurrentUser user, Organisation village)
    {
        user.Require(Permissions.Villages.Write, "只有乡镇或村（居）的信息员可以编写村（居）务公开。");
        if (!user.IsInRole(Roles.Clerk) || user.IsCountyWide() || !user.RecordScope().Includes(village.Id))
        {
            throw new ForbiddenException($"您不能为“{village.Name}”编写村（居）务公开。");
        }
    }

    /// <summary>The township's staff review its villages' postings.</summary>
    public static bool IsTownshipReviewer(ICurrentUser user, Organisation village) =>
        RolePermissions.GrantedToAny(user.IsInRole, Permissions.Villages.Review)
        && user.IsOrganisationStaff() && user.OrganisationId == village.ParentId;

    public static void RequireTownshipReviewer(ICurrentUser user, Organisation village)
    {
        user.Require(Permissions.Villages.Review, "只有乡镇工作人员可以审核村（居）务公开。");
        if (!IsTownshipReviewer(user, village))
        {
            throw new ForbiddenException($"只有“{village.Name}”所属乡镇可以审核其村（居）务公开。");
        }
    }

    /// <summary>The township clerk managing its villages (import, 公开事项清单).</summary>
    public static async Task<Organisation> RequireTownshipClerkAsync(IAppDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        user.Require(Permissions.Villages.Manage, "只有乡镇信息员可以管理村（居）。");
        var organisationId = user.RequireClerkOrganisation();
        var township = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (township is not { Kind: OrganisationKind.Township } || township.IsRetired)
        {
            throw new ForbiddenException("只有乡镇信息员可以管理村（居）。");
        }

        return township;
    }
}
