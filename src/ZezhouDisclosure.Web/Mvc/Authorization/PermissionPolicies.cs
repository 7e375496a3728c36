using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Mvc.Authorization;

/// <summary>Asks for a named permission (<see cref="Permissions"/>) instead of a list of roles.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public RequirePermissionAttribute(string permission)
        : base(permission)
    {
    }
}

/// <summary>
/// A further condition a feature puts on one of its permissions beyond the role grant (e.g. the 标准目录 is compiled
/// by clerks of townships only). Registered by the feature (<see cref="Features.FeatureBuilder.Condition"/>).
/// </summary>
public sealed record PermissionCondition(string Permission, Func<ClaimsPrincipal, bool> IsMet);

public static class PrincipalPermissions
{
    /// <summary>Whether one of the principal's roles grants the permission (conditions are checked by the policy).</summary>
    public static bool HasPermission(this ClaimsPrincipal user, string permission) =>
        user.Identity?.IsAuthenticated == true
        && RolePermissions.GrantedToAny(user.IsInRole, permission);
}

/// <summary>
/// Makes every permission name a policy: signed in, a role that grants it (<see cref="RolePermissions"/>), and every
/// condition features registered for it. Other policy names fall through to the default provider.
/// </summary>
public sealed class PermissionPolicyProvider : DefaultAuthorizationPolicyProvider
{
    private readonly Dictionary<string, AuthorizationPolicy> _policies;

    public PermissionPolicyProvider(IOptions<AuthorizationOptions> options, IEnumerable<PermissionCondition> conditions)
        : base(options)
    {
        // The permissions and their conditions are known at start-up: every policy is built once, here.
        var byPermission = conditions.ToLookup(c => c.Permission, StringComparer.Ordinal);
        _policies = RolePermissions.All.Concat(byPermission.Select(g => g.Key)).Distinct(StringComparer.Ordinal)
            .ToDictionary(p => p, p => Build(p, [.. byPermission[p]]), StringComparer.Ordinal);
    }

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        await base.GetPolicyAsync(policyName) ?? _policies.GetValueOrDefault(policyName);

    private static AuthorizationPolicy Build(string permission, PermissionCondition[] required) =>
        new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasPermission(permission) && required.All(c => c.IsMet(context.User)))
            .Build();
}
