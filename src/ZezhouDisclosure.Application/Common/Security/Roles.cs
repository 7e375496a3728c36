namespace ZezhouDisclosure.Application.Common.Security;

/// <summary>The staff roles. Citizens never sign in.</summary>
public static class Roles
{
    /// <summary>信息员: compiles and publishes for one organisation.</summary>
    public const string Clerk = "Clerk";

    /// <summary>审核员: the county office (县政务公开办), reviews and approves.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>管理员: accounts and reference data.</summary>
    public const string Administrator = "Administrator";

    public const string ReviewerOrAdministrator = Reviewer + "," + Administrator;

    public static IReadOnlyList<string> All { get; } = [Clerk, Reviewer, Administrator];

    public static string DisplayName(string role) => role switch
    {
        Clerk => "信息员",
        Reviewer => "审核员",
        Administrator => "管理员",
        _ => role,
    };
}
