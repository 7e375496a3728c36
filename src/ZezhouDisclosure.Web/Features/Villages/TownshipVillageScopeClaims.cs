using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Infrastructure.Persistence;

namespace ZezhouDisclosure.Web.Features.Villages;

/// <summary>
/// A township's staff act for its villages and communities as they are now, not as they were at sign-in: on each
/// authenticated request of a township account the village claims of the cookie are replaced by the township's
/// current 村（居） (one indexed query on <c>Organisations.ParentId</c>, township accounts only). A village imported or
/// added since sign-in is readable at once (writes already reached it through the save guard), and a retired or
/// merged one leaves the scope at once. Nothing is cached: this decides access. The cookie itself is not rewritten.
/// </summary>
public sealed class TownshipVillageScopeClaims(AppDbContext db) : IClaimsTransformation
{
    /// <summary>Marks a principal already brought up to date in this request (authentication may run more than once).</summary>
    public const string CheckedClaim = "zd:village-scope";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true }
            || principal.HasClaim(c => c.Type == CheckedClaim)
            || principal.FindFirstValue(PortalClaims.OrganisationKind) != nameof(OrganisationKind.Township)
            || !int.TryParse(principal.FindFirstValue(PortalClaims.OrganisationId), NumberStyles.None, CultureInfo.InvariantCulture, out var township))
        {
            return principal;
        }

        var villages = await VillageScope.VillagesOfAsync(db, township);
        var updated = principal.Clone();
        var identity = (ClaimsIdentity)updated.Identity!;

        // The account's own organisation stays the first organisation claim (ICurrentUser.OrganisationId).
        foreach (var claim in identity.FindAll(PortalClaims.OrganisationId).Skip(1).ToList())
        {
            identity.RemoveClaim(claim);
        }

        foreach (var village in villages)
        {
            identity.AddClaim(new Claim(PortalClaims.OrganisationId, village.ToString(CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(CheckedClaim, "1"));
        return updated;
    }
}
