using System.Security.Cryptography;
using System.Text;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The secret 查询码 an online applicant gets once: 128 random bits written as 26 Crockford base32 characters in
/// groups for reading aloud. Only its SHA-256 is stored; a random 128-bit secret needs no slow hash.
/// </summary>
public static class QueryCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        var value = new System.Numerics.BigInteger(bytes, isUnsigned: true);
        var chars = new char[26];
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value % 32)];
            value /= 32;
        }

        var code = new string(chars);
        return string.Join('-', Enumerable.Range(0, 7).Select(i => code.Substring(i * 4, Math.Min(4, code.Length - (i * 4)))));
    }

    /// <summary>
    /// Folds full-width characters (NFKC), removes separators and spaces (full-width ones too) and upper-cases, so a
    /// code typed as read aloud or pasted with spaces around it matches.
    /// </summary>
    public static string Normalise(string? code) =>
        string.Concat(Domain.Common.WidthFolding.Fold(code).Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    public static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(Normalise(code))));

    /// <summary>Constant-time comparison of a typed code with a stored hash.</summary>
    public static bool Matches(string? code, string? storedHash) =>
        storedHash is not null && Normalise(code).Length == 26
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code!)), Encoding.ASCII.GetBytes(storedHash));
}
