namespace ZezhouDisclosure.Application.Users;

/// <summary>Staff accounts (ASP.NET Core Identity behind it).</summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserAccountRow>> ListAsync(CancellationToken cancellationToken);

    Task<bool> UserNameExistsAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Creates the account; returns the password policy's Chinese complaints when it refuses.</summary>
    Task<UserAccountResult> CreateAsync(NewUserAccount account, CancellationToken cancellationToken);

    Task<bool> SetEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken);
}

public sealed record NewUserAccount(string UserName, string DisplayName, string Password, string Role, int? OrganisationId);

public sealed record UserAccountResult(string? UserId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => UserId is not null;
}

public sealed record UserAccountRow(
    string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string? OrganisationName, bool IsEnabled, bool IsLockedOut);
