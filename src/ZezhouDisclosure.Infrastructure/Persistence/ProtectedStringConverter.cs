using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ZezhouDisclosure.Infrastructure.Persistence;

/// <summary>
/// Encrypts a string column with ASP.NET Core Data Protection (keys persisted in the same database, so they are
/// backed up with it). The plaintext never reaches the database file.
/// </summary>
public sealed class ProtectedStringConverter(IDataProtector protector)
    : ValueConverter<string, string>(v => protector.Protect(v), v => protector.Unprotect(v))
{
    /// <summary>The purpose string of applicants' identity document numbers.</summary>
    public const string IdNumberPurpose = "ZezhouDisclosure.Requests.IdNumber";
}
