using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace ZezhouDisclosure.Web.Features.Requests;

/// <summary>
/// The links of the status page to the reply (告知书 page, .docx, files) must not carry the query code in clear: after a
/// successful query they carry the number, the code and an expiry encrypted and signed by Data Protection, valid for
/// <see cref="Lifetime"/> by the portal's clock (TimeProvider). Each download still checks number and code again in its
/// use case.
/// </summary>
public sealed class ApplicantReplyTokens(IDataProtectionProvider provider, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly IDataProtector protector = provider.CreateProtector("ZezhouDisclosure.Requests.ApplicantReply.v1");

    public string Issue(string number, string queryCode)
    {
        var expires = (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return protector.Protect(string.Join('\n', expires, number, queryCode));
    }

    /// <summary>The number and code, or null when the token is forged, damaged or expired.</summary>
    public (string Number, string QueryCode)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        string text;
        try
        {
            text = protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var parts = text.Split('\n', 3);
        return parts.Length == 3
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && time.GetUtcNow().ToUnixTimeSeconds() <= expires
                ? (parts[1], parts[2])
                : null;
    }
}
