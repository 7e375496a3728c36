namespace ZezhouDisclosure.Application.Users;

/// <summary>Staff accounts (ASP.NET Core Identity behind it).</summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserAccountRow>> ListAsync(CancellationToken cancellationToken);

    Task<bool> UserNameExistsAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Creates the account; returns the password policy's Chinese complaints when it refuses.</summary>
    Task<UserAccountResult> CreateAsync(NewUserAccount account, CancellationToken cancellationToken);

    /// <summary>Disables or re-enables the account; either way its open sessions end (security stamp).</summary>
    Task<bool> SetEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken);

    /// <summary>Gives the account this one role (and organisation, for a clerk); its open sessions end (security stamp).</summary>
    Task<bool> SetRoleAsync(string userId, string role, int? organisationId, CancellationToken cancellationToken);

    /// <summary>Sets (or, with null, clears) the account's notification address; false when there is no such account.</summary>
    Task<bool> SetEmailAsync(string userId, string? email, CancellationToken cancellationToken);

    /// <summary>
    /// Moves every account bound to organisation <paramref name="fromOrganisationId"/> to <paramref name="toOrganisationId"/>
    /// (a merge, 撤并): same role, same enabled or disabled state; their open sessions end (security stamp), so their
    /// next sign-in carries the new organisation. Returns the moved accounts' user names.
    /// </summary>
    Task<IReadOnlyList<string>> MoveToOrganisationAsync(int fromOrganisationId, int toOrganisationId, CancellationToken cancellationToken);
}

public sealed record NewUserAccount(string UserName, string DisplayName, string Password, string Role, int? OrganisationId, string? Email = null);

public sealed record UserAccountResult(string? UserId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => UserId is not null;
}

public sealed record UserAccountRow(
    string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string? OrganisationName, bool IsEnabled, bool IsLockedOut,
    bool TwoFactorEnabled = false, int? OrganisationId = null, string? Email = null);
