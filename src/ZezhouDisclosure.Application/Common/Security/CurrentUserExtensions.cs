using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Common.Security;

public static class CurrentUserExtensions
{
    /// <summary>Sees every organisation's records (county office and administrators).</summary>
    public static bool IsCountyWide(this ICurrentUser user) =>
        user.IsSystem || user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Administrator);

    /// <summary>
    /// The organisation whose unpublished records this user may read: <c>null</c> means all (county office);
    /// a clerk gets their own organisation; everybody else 0, which matches nothing but published records.
    /// </summary>
    public static int? RecordScope(this ICurrentUser user)
    {
        if (user.IsCountyWide())
        {
            return null;
        }

        return user.IsInRole(Roles.Clerk) && user.OrganisationId is int id ? id : 0;
    }

    /// <summary>The clerk's organisation; refuses anyone who is not a clerk bound to one.</summary>
    public static int RequireClerkOrganisation(this ICurrentUser user)
    {
        if (!user.IsInRole(Roles.Clerk) || user.OrganisationId is not int organisationId)
        {
            throw new ForbiddenException("只有绑定了单位的信息员可以编写本单位的信息。");
        }

        return organisationId;
    }

    public static void RequireReviewer(this ICurrentUser user)
    {
        if (!user.IsInRole(Roles.Reviewer))
        {
            throw new ForbiddenException("只有县政务公开办审核员可以审核。");
        }
    }

    public static void RequireAdministrator(this ICurrentUser user)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            throw new ForbiddenException("只有管理员可以执行此操作。");
        }
    }
}
