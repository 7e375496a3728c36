namespace ZezhouDisclosure.Web.Features.Accounts.Models;

public sealed record LoginForm
{
    public string? UserName { get; init; }

    public string? Password { get; init; }

    public string? ReturnUrl { get; init; }
}

/// <summary>The second sign-in step: a code from the authenticator app, or one of the recovery codes.</summary>
public sealed record LoginCodeForm
{
    public string? Code { get; init; }

    public string? RecoveryCode { get; init; }

    public string? ReturnUrl { get; init; }
}

public sealed record ChangePasswordForm
{
    public string? CurrentPassword { get; init; }

    public string? NewPassword { get; init; }

    public string? ConfirmPassword { get; init; }
}

/// <summary>The two-factor page: the account's state and, while enrolling, the key to type into the app.</summary>
public sealed record TwoFactorViewModel(
    bool Enabled, bool Required, string? SharedKey, string? AuthenticatorUri, int RecoveryCodesLeft, IReadOnlyList<string> NewRecoveryCodes);
