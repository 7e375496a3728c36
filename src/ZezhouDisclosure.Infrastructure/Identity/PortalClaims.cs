namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>Claim types the portal adds to a signed-in staff member.</summary>
public static class PortalClaims
{
    public const string OrganisationId = "zd:org";
    public const string DisplayName = "zd:name";
}
