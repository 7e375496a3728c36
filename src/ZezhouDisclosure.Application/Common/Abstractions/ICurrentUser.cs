namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>Who is making the current request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    string? UserId { get; }

    /// <summary>The sign-in name, or 匿名用户 / 系统 when nobody is signed in.</summary>
    string UserName { get; }

    /// <summary>The organisation a clerk belongs to.</summary>
    int? OrganisationId { get; }

    string? IpAddress { get; }

    /// <summary>True outside any request: start-up seeding, commands and background jobs, which act for the system.</summary>
    bool IsSystem { get; }

    bool IsInRole(string role);
}
