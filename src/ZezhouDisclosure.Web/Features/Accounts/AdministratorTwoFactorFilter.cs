using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>Actions an administrator without two-factor sign-in may still reach (enrolment itself, sign-out).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>
/// When <see cref="StaffSignInOptions.RequireAdministratorTwoFactor"/> is on (Production by default), an administrator
/// whose account has no authenticator yet is sent to enrol before any other page (security.md SEC-AUTH-05).
/// </summary>
public sealed class AdministratorTwoFactorFilter(IOptions<StaffSignInOptions> options, IWebHostEnvironment environment) : IAsyncActionFilter
{
    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        if ((options.Value.RequireAdministratorTwoFactor ?? environment.IsProduction())
            && http.User.IsInRole(Roles.Administrator)
            && http.Features.Get<StaffSessionFeature>() is { TwoFactorEnabled: false }
            && !context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutTwoFactorAttribute>().Any())
        {
            context.Result = new RedirectResult("/account/two-factor");
            return Task.CompletedTask;
        }

        return next();
    }
}
