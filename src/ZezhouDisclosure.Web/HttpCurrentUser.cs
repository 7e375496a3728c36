using System.Globalization;
using System.Security.Claims;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Web;

/// <summary>The signed-in staff member of the current HTTP request (or 系统 outside a request).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string UserName => IsAuthenticated
        ? Principal!.Identity!.Name ?? "未知用户"
        : accessor.HttpContext is null ? "系统" : "匿名用户";

    public int? OrganisationId =>
        IsAuthenticated && int.TryParse(Principal!.FindFirstValue(PortalClaims.OrganisationId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>Every organisation claim of the account (today the one organisation it is bound to).</summary>
    public IReadOnlyCollection<int> OrganisationIds => IsAuthenticated
        ? [.. Principal!.FindAll(PortalClaims.OrganisationId)
            .Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)
            .OfType<int>()
            .Distinct()]
        : [];

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsSystem => accessor.HttpContext is null;

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);
}
