using System.Security.Claims;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Villages;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Web.Features.Villages;

/// <summary>
/// 村（居）务公开: each township's villages and communities, their 公开事项清单 and postings, the township's review, the
/// 公示栏 sheets, the public pages under 基层政务公开 → township, and the overdue 财务公开 flag.
/// </summary>
public sealed class VillagesFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, TownshipVillageScopeClaims>();
        feature
            .AdminMenu("村（居）务公开", "Villages", "Index", Permissions.Villages.Review, order: 65)
            .MergeHandOver<VillagePostingMergeHandOver>()
            .Condition(Permissions.Villages.Write, IsTownshipOrVillage)
            .Condition(Permissions.Villages.Review, IsTownshipOrVillage)
            .Condition(Permissions.Villages.Manage, IsTownship)
            .WorkbenchPanel<VillageWorkbenchPanel>()
            .ComplianceCheck<OverdueVillageFinanceCheck>();
    }

    private static bool IsTownship(ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaims.OrganisationKind) is nameof(OrganisationKind.Township);

    /// <summary>Only townships and villages write village content (a department's clerk does not).</summary>
    private static bool IsTownshipOrVillage(ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaims.OrganisationKind) is nameof(OrganisationKind.Township) or nameof(OrganisationKind.Village) or nameof(OrganisationKind.Community);
}
