namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>Claim types the portal adds to a signed-in staff member.</summary>
public static class PortalClaims
{
    public const string OrganisationId = "zd:org";
    public const string DisplayName = "zd:name";

    /// <summary>The kind of the clerk's organisation (<c>Township</c>, <c>Department</c>…), for navigation only.</summary>
    public const string OrganisationKind = "zd:orgkind";
}
