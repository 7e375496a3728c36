using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ZezhouDisclosure.Web.Mvc.Navigation;

/// <summary>
/// The navigation bars, built from what the features registered (<see cref="Features.IFeature"/>): the layouts render
/// these lists and name no feature themselves.
/// </summary>
public sealed class NavigationMenu(
    IEnumerable<AdminMenuItem> adminItems, IEnumerable<PublicNavItem> publicItems, IAuthorizationService authorization)
{
    private readonly AdminMenuItem[] _admin = [.. adminItems.OrderBy(i => i.Order)];

    public IReadOnlyList<PublicNavItem> Public { get; } = [.. publicItems.OrderBy(i => i.Order)];

    /// <summary>The back-office links this user may follow, in order.</summary>
    public async Task<IReadOnlyList<AdminMenuItem>> AdminForAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>(_admin.Length);
        var decided = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var item in _admin)
        {
            if (!decided.TryGetValue(item.Permission, out var allowed))
            {
                allowed = (await authorization.AuthorizeAsync(user, item.Permission)).Succeeded;
                decided[item.Permission] = allowed;
            }

            if (allowed)
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
