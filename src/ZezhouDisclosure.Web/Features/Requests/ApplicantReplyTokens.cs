using Microsoft.AspNetCore.DataProtection;

namespace ZezhouDisclosure.Web.Features.Requests;

/// <summary>
/// The links of the status page to the reply (告知书 page, .docx, files) must not carry the query code in clear: after a
/// successful query they carry the number and code encrypted and signed by Data Protection, valid for
/// <see cref="Lifetime"/>. Each download still checks number and code again in its use case.
/// </summary>
public sealed class ApplicantReplyTokens(IDataProtectionProvider provider, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("ZezhouDisclosure.Requests.ApplicantReply.v1").ToTimeLimitedDataProtector();

    public string Issue(string number, string queryCode) =>
        protector.Protect(number + "\n" + queryCode, time.GetUtcNow() + Lifetime);

    /// <summary>The number and code, or null when the token is forged, damaged or expired.</summary>
    public (string Number, string QueryCode)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            var text = protector.Unprotect(token, out var expiration);
            if (expiration < time.GetUtcNow())
            {
                return null;
            }

            var parts = text.Split('\n', 2);
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

}
