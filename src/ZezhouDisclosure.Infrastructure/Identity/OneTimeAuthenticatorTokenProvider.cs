using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>
/// Checks authenticator-app codes (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift
/// either way) and accepts each time step at most once per account, so a code seen over someone's shoulder or replayed
/// from a captured request is refused within its window too (security.md SEC-AUTH-05; Identity's own provider accepts
/// it again). Time comes from <see cref="TimeProvider"/>.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "OneTimeAuthenticator";
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = (token ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var now = TimeStepAt(time.GetUtcNow());
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step <= (user.LastAuthenticatorTimeStep ?? long.MinValue) || !CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                continue;
            }

            // Remember the step; a concurrent request with the same code loses the row's concurrency check.
            user.LastAuthenticatorTimeStep = step;
            return (await manager.UpdateAsync(user)).Succeeded;
        }

        return false;
    }

    public static long TimeStepAt(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    /// <summary>The 6-digit code of a time step (RFC 6238 with RFC 4226 dynamic truncation).</summary>
    public static string Code(byte[] secret, long timeStep)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
    }
}

/// <summary>RFC 4648 Base32 (the alphabet authenticator apps use for keys), without padding.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string text)
    {
        var clean = text.Trim().TrimEnd('=').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var output = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("Not a Base32 key.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. output];
    }
}
