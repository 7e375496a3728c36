using Microsoft.AspNetCore.Identity;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>A staff account. Citizens never have one.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The organisation a clerk (信息员) works for; null for county-wide staff.</summary>
    public int? OrganisationId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// The RFC 6238 time step of the last authenticator code accepted, so the same code cannot be used twice within its
    /// window (security.md SEC-AUTH-05).
    /// </summary>
    public long? LastAuthenticatorTimeStep { get; set; }
}
