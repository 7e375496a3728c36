using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Common.Security;

public static class CurrentUserExtensions
{
    /// <summary>Sees every organisation's records (county office and administrators).</summary>
    public static bool IsCountyWide(this ICurrentUser user) =>
        user.IsSystem || user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Administrator);

    /// <summary>
    /// Whose non-public records this user may read: county-wide for the county office; a clerk gets the organisations
    /// or unit head gets the organisations they act for (<see cref="ICurrentUser.OrganisationIds"/>); everybody else none, which matches public records only.
    /// </summary>
    public static RecordScope RecordScope(this ICurrentUser user)
    {
        if (user.IsCountyWide())
        {
            return Security.RecordScope.CountyWide;
        }

        return user.IsOrganisationStaff() ? Security.RecordScope.Of(user.OrganisationIds) : Security.RecordScope.PublicOnly;
    }

    /// <summary>Staff bound to their organisation: a clerk (信息员) or a unit head (单位负责人).</summary>
    public static bool IsOrganisationStaff(this ICurrentUser user) => Roles.OrganisationBound.Any(user.IsInRole);

    /// <summary>The clerk's organisation; refuses anyone who is not a clerk bound to one.</summary>
    public static int RequireClerkOrganisation(this ICurrentUser user)
    {
        if (!user.IsInRole(Roles.Clerk) || user.OrganisationId is not int organisationId)
        {
            throw new ForbiddenException("只有绑定了单位的信息员可以编写本单位的信息。");
        }

        return organisationId;
    }
}
