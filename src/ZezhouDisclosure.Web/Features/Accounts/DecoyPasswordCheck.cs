using Microsoft.AspNetCore.Identity;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>
/// Does the work of a password check when no real one happens (no such account, or a disabled one), so the time a
/// failed sign-in takes does not tell whether the account exists (security.md SEC-AUTH-01).
/// </summary>
public sealed class DecoyPasswordCheck(IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Decoy = new() { UserName = "decoy" };
    private static string? _decoyHash;

    public void Run(string password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref _decoyHash, () => hasher.HashPassword(Decoy, Guid.NewGuid().ToString("N")));
        hasher.VerifyHashedPassword(Decoy, hash, password);
    }
}
