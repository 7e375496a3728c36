using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Tests.Features;

/// <summary>
/// The Web layer's shape (issue 11): every controller lives in a feature folder, every back-office endpoint asks for a
/// named permission (never a role list), and every feature registers itself.
/// </summary>
public class FeatureLayoutTests
{
    private static readonly Assembly Web = typeof(IFeature).Assembly;

    private static IEnumerable<Type> Controllers() =>
        Web.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ControllerBase).IsAssignableFrom(t));

    [Fact]
    public void EveryController_LivesInAFeatureFolder()
    {
        var outside = Controllers().Where(c => c.Namespace?.StartsWith("ZezhouDisclosure.Web.Features.", StringComparison.Ordinal) != true);
        Assert.Empty(outside.Select(c => c.FullName));
    }

    [Fact]
    public void EveryBackOfficeAction_AsksForAKnownPermission()
    {
        var missing = new List<string>();
        foreach (var controller in Controllers().Where(c => c.GetCustomAttribute<AreaAttribute>()?.RouteValue == "Admin"))
        {
            var onClass = controller.GetCustomAttributes<RequirePermissionAttribute>(inherit: true).ToList();
            foreach (var action in controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                         .Where(m => m.GetCustomAttribute<NonActionAttribute>() is null && !m.IsSpecialName))
            {
                var policies = onClass.Concat(action.GetCustomAttributes<RequirePermissionAttribute>()).Select(a => a.Policy).ToList();
                if (policies.Count == 0 || policies.Any(p => !RolePermissions.All.Contains(p!)))
                {
                    missing.Add($"{controller.Name}.{action.Name}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void NoEndpoint_AsksForRolesByName()
    {
        var byRole = Controllers()
            .SelectMany(c => c.GetMethods().Cast<MemberInfo>().Prepend(c))
            .Where(m => m.GetCustomAttributes<AuthorizeAttribute>().Any(a => !string.IsNullOrEmpty(a.Roles)))
            .Select(m => m is Type t ? t.Name : $"{m.DeclaringType?.Name}.{m.Name}");
        Assert.Empty(byRole);
    }

    [Fact]
    public void EveryFeatureWithBackOfficePages_RegistersItself()
    {
        var registered = Web.GetTypes().Where(t => typeof(IFeature).IsAssignableFrom(t) && !t.IsInterface)
            .Select(t => t.Namespace!).ToHashSet(StringComparer.Ordinal);
        var folders = Controllers().Where(c => c.GetCustomAttribute<AreaAttribute>()?.RouteValue == "Admin")
            .Select(c => c.Namespace!.Replace(".Controllers", "", StringComparison.Ordinal)).Distinct();
        var unregistered = folders.Where(f => !registered.Contains(f)).ToList();
        Assert.True(unregistered.Count == 0, "No IFeature in: " + string.Join(", ", unregistered));
    }
}
