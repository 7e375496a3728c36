using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Common.Security;

public static class PermissionExtensions
{
    /// <summary>Whether one of the user's roles grants the permission (the system user holds every permission).</summary>
    public static bool Has(this ICurrentUser user, string permission) =>
        user.IsSystem || RolePermissions.GrantedToAny(user.IsInRole, permission);

    /// <summary>Refuses (403, with the Chinese reason given) unless the user holds the permission.</summary>
    public static void Require(this ICurrentUser user, string permission, string refusal)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(refusal);
        }
    }
}
