namespace ZezhouDisclosure.Web.Features.Accounts.Models;

public sealed class UserForm
{
    /// <summary>An empty form; a new account is a clerk's unless the administrator picks another role.</summary>
    public static UserForm New() => new() { Role = ZezhouDisclosure.Application.Common.Security.Roles.Clerk };

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public string? Role { get; set; }

    public int? OrganisationId { get; set; }

    /// <summary>通知邮箱 (optional): where the unit's case notifications reach this person.</summary>
    public string? Email { get; set; }
}

/// <summary>The notification address of an account (the administrator's page or the staff member's own).</summary>
public sealed class UserEmailForm
{
    public string? Email { get; set; }
}

/// <summary>The administrator's 通知邮箱 page of one account.</summary>
public sealed record UserEmailViewModel(ZezhouDisclosure.Application.Users.UserAccountRow Account, UserEmailForm Form);

public sealed class UserRoleForm
{
    public string? Role { get; set; }

    public int? OrganisationId { get; set; }
}

public sealed record UserRoleViewModel(
    ZezhouDisclosure.Application.Users.UserAccountRow Account, UserRoleForm Form,
    IReadOnlyList<ZezhouDisclosure.Application.Organisations.OrganisationSummary> Organisations);

public sealed record CreateUserViewModel(UserForm Form, IReadOnlyList<ZezhouDisclosure.Application.Organisations.OrganisationSummary> Organisations);

/// <summary>Input lengths of the account forms, as CreateUserAccountValidator and ASP.NET Core Identity accept them.</summary>
public static class AccountLimits
{
    public const int LoginName = 64;
    public const int DisplayName = 50;
    public const int Password = 128;
    public const int Email = 256;
}
