using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ZezhouDisclosure.Infrastructure.Persistence;

/// <summary>
/// Encrypts a string column with ASP.NET Core Data Protection. The plaintext never reaches the database file; the
/// keys are in the same database but themselves encrypted with a certificate kept outside it (KeyRingProtection).
/// </summary>
/// <param name="protector">The protector of the column's purpose.</param>
/// <param name="acceptPlaintext">
/// Reads a stored value that is not a Data Protection payload as it is: columns encrypted after rows were written
/// (applicants' contact details, issue 20) stay readable until the row is next saved, which encrypts it.
/// </param>
public sealed class ProtectedStringConverter(IDataProtector protector, bool acceptPlaintext = false)
    : ValueConverter<string, string>(v => protector.Protect(v), v => Read(protector, v, acceptPlaintext))
{
    /// <summary>The purpose string of applicants' identity document numbers.</summary>
    public const string IdNumberPurpose = "ZezhouDisclosure.Requests.IdNumber";

    /// <summary>The purpose string of applicants' phone numbers, e-mail and postal addresses.</summary>
    public const string ContactPurpose = "ZezhouDisclosure.Requests.Contact";

    /// <summary>How every Data Protection payload starts (base64url of its magic header 09 F0 C9 F0).</summary>
    public const string PayloadPrefix = "CfDJ8";

    public static string Read(IDataProtector protector, string stored, bool acceptPlaintext) =>
        acceptPlaintext && !stored.StartsWith(PayloadPrefix, StringComparison.Ordinal) ? stored : protector.Unprotect(stored);
}
