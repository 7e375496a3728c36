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
        && Roles.All.Any(role => user.IsInRole(role) && RolePermissions.Grants(role, permission));
}

/// <summary>
/// Makes every permission name a policy: signed in, a role that grants it (<see cref="RolePermissions"/>), and every
/// condition features registered for it. Other policy names fall through to the default provider.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, IEnumerable<PermissionCondition> conditions)
    : DefaultAuthorizationPolicyProvider(options)
{
    private readonly ILookup<string, PermissionCondition> _conditions = conditions.ToLookup(c => c.Permission, StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null || !IsPermission(policyName))
        {
            return policy;
        }

        lock (_lock)
        {
            if (!_policies.TryGetValue(policyName, out policy))
            {
                var required = _conditions[policyName].ToArray();
                policy = new AuthorizationPolicyBuilder()
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => context.User.HasPermission(policyName) && required.All(c => c.IsMet(context.User)))
                    .Build();
                _policies[policyName] = policy;
            }

            return policy;
        }
    }

    private bool IsPermission(string name) => RolePermissions.All.Contains(name) || _conditions.Contains(name);
}
