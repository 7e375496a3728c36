namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>
/// One signed-in staff session (登录会话), kept on the server so that signing out ends it at once: the cookie only
/// carries the session's id, and a cookie whose session has ended opens nothing even if it was copied beforehand.
/// </summary>
public sealed class StaffSession
{
    public const int IdLength = 32;

    public StaffSession(string id, string userId, DateTime startedAt)
    {
        Id = id;
        UserId = userId;
        StartedAt = startedAt;
    }

    public string Id { get; private set; }

    public string UserId { get; private set; }

    public DateTime StartedAt { get; private set; }

    /// <summary>When the session was ended (sign-out); null while it may still be used.</summary>
    public DateTime? EndedAt { get; private set; }

    public bool IsEnded => EndedAt is not null;

    /// <summary>Ends the session; ending it again keeps the first instant.</summary>
    public void End(DateTime at) => EndedAt ??= at;
}
