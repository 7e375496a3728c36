namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>Who is making the current request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    string? UserId { get; }

    /// <summary>The sign-in name, or 匿名用户 / 系统 when nobody is signed in.</summary>
    string UserName { get; }

    /// <summary>The organisation a clerk belongs to: new records are written for it.</summary>
    int? OrganisationId { get; }

    /// <summary>
    /// Every organisation this user acts for: their own, and any further unit they act on behalf of (a township for
    /// its villages, a department for several units). The organisation scope of what a clerk reads and writes.
    /// Today one organisation unless an implementation says more.
    /// </summary>
    IReadOnlyCollection<int> OrganisationIds => OrganisationId is int id ? [id] : [];

    string? IpAddress { get; }

    /// <summary>True outside any request: start-up seeding, commands and background jobs, which act for the system.</summary>
    bool IsSystem { get; }

    bool IsInRole(string role);
}
