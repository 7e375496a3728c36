using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Common.Security;

/// <summary>Describes the signed-in user to the entities, which decide what they may do (<see cref="Actor"/>).</summary>
public static class CurrentUserActor
{
    public static Actor ToActor(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Actor(
            user.UserName,
            user.IsInRole(Roles.Clerk) ? user.OrganisationId : null,
            user.IsInRole(Roles.Reviewer),
            user.IsCountyWide(),
            user.IsInRole(Roles.UnitHead) ? user.OrganisationId : null);
    }
}
