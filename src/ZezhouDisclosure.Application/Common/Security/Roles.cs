namespace ZezhouDisclosure.Application.Common.Security;

/// <summary>The staff roles. Citizens never sign in.</summary>
public static class Roles
{
    /// <summary>信息员: compiles and publishes for one organisation.</summary>
    public const string Clerk = "Clerk";

    /// <summary>单位负责人: the head of one organisation, who signs its clerk's submissions off before the county office.</summary>
    public const string UnitHead = "UnitHead";

    /// <summary>审核员: the county office (县政务公开办), reviews and approves.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>管理员: accounts and reference data.</summary>
    public const string Administrator = "Administrator";

    public const string ReviewerOrAdministrator = Reviewer + "," + Administrator;

    public static IReadOnlyList<string> All { get; } = [Clerk, UnitHead, Reviewer, Administrator];

    /// <summary>The roles bound to one organisation (an account of these roles needs its 所属单位).</summary>
    public static IReadOnlyList<string> OrganisationBound { get; } = [Clerk, UnitHead];

    public static string DisplayName(string role) => role switch
    {
        Clerk => "信息员",
        UnitHead => "单位负责人",
        Reviewer => "审核员",
        Administrator => "管理员",
        _ => role,
    };
}
