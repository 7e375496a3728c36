using System.Security.Claims;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Catalogues;

/// <summary>标准目录: the 26 pilot areas' templates, each township's catalogue, its review, coverage and public pages.</summary>
public sealed class CataloguesFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .PublicNav("基层政务公开", PortalUrls.Grassroots, order: 20)
        .AdminMenu("标准目录审定", "CatalogueReview", "Index", Permissions.Catalogues.Review, order: 50)
        .AdminMenu("标准目录", "Catalogues", "Index", Permissions.Catalogues.Compile, order: 60)
        .AdminMenu("标准指引", "CatalogueTemplates", "Index", Permissions.Catalogues.ViewTemplates, order: 70)
        .AdminMenu("目录公开情况", "CatalogueCoverage", "Index", Permissions.Catalogues.Coverage, order: 90)
        .MergeHandOver<CatalogueMergeHandOver>()
        // Only townships have a 标准目录: a department's clerk holds neither permission.
        .Condition(Permissions.Catalogues.Compile, IsCountyOfficeOrTownship)
        .Condition(Permissions.Catalogues.Coverage, IsCountyOfficeOrTownship);

    /// <summary>The county office (who reviews catalogues) sees every township; anyone else only as a township's staff.</summary>
    private static bool IsCountyOfficeOrTownship(ClaimsPrincipal user) =>
        user.HasPermission(Permissions.Catalogues.Review)
        || user.FindFirstValue(PortalClaims.OrganisationKind) == nameof(OrganisationKind.Township);
}
