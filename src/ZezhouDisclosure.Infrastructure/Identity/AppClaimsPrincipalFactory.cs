using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Infrastructure.Persistence;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>
/// Adds the clerk's organisation, its kind and the display name to the sign-in cookie. The kind only decides which
/// links the workbench shows; every handler still checks the organisation itself.
/// </summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.OrganisationId is int organisationId)
        {
            identity.AddClaim(new Claim(PortalClaims.OrganisationId, organisationId.ToString(CultureInfo.InvariantCulture)));
            var kind = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
                .Select(o => (OrganisationKind?)o.Kind).FirstOrDefaultAsync();
            if (kind is { } value)
            {
                identity.AddClaim(new Claim(PortalClaims.OrganisationKind, value.ToString()));
            }

            // A township's staff act for its villages and communities (村（居）务公开): each is a further organisation
            // claim, so the organisation scope (ICurrentUser.OrganisationIds) is the township plus its 村（居）. The
            // account's own organisation stays the first claim (ICurrentUser.OrganisationId).
            if (kind == OrganisationKind.Township)
            {
                foreach (var villageId in await VillageScope.VillagesOfAsync(db, organisationId))
                {
                    identity.AddClaim(new Claim(PortalClaims.OrganisationId, villageId.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }

        return identity;
    }
}

/// <summary>The villages and communities a township acts for (its current 村（居）).</summary>
public static class VillageScope
{
    public static async Task<IReadOnlyList<int>> VillagesOfAsync(AppDbContext db, int townshipId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.ParentId == townshipId && (o.Kind == OrganisationKind.Village || o.Kind == OrganisationKind.Community) && o.ValidTo == null)
            .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
    }
}
