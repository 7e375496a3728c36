using Microsoft.AspNetCore.Identity;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>A staff account. Citizens never have one.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The organisation a clerk (信息员) works for; null for county-wide staff.</summary>
    public int? OrganisationId { get; set; }

    public DateTime CreatedAt { get; set; }
}
