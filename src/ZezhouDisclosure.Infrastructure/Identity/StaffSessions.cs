using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Infrastructure.Persistence;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>What the per-request session check needs, read in one query (the session row joined to its account).</summary>
public sealed record StaffSessionState(
    string UserId, DateTime StartedAt, bool IsEnded, string? SecurityStamp, DateTimeOffset? LockoutEnd, bool TwoFactorEnabled);

/// <summary>
/// Server-side staff sessions: started at sign-in, ended at sign-out, looked up on every authenticated request. An
/// account's other changes (password, role, disabling, two-factor) change its security stamp, which the same look-up
/// compares with the cookie's, so they end every session of the account at once without touching these rows.
/// </summary>
public sealed class StaffSessions(AppDbContext db, TimeProvider time)
{
    public async Task<string> StartAsync(string userId, CancellationToken cancellationToken = default)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(StaffSession.IdLength / 2));
        db.StaffSessions.Add(new StaffSession(id, userId, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var session = await db.StaffSessions.FindAsync([sessionId], cancellationToken);
        if (session is null || session.IsEnded)
        {
            return;
        }

        session.End(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The session and its account, or null when there is no such session (one indexed query).</summary>
    public Task<StaffSessionState?> FindAsync(string sessionId, CancellationToken cancellationToken = default) =>
        (from s in db.StaffSessions.AsNoTracking()
         join u in db.Users.AsNoTracking() on s.UserId equals u.Id
         where s.Id == sessionId
         select new StaffSessionState(s.UserId, s.StartedAt, s.EndedAt != null, u.SecurityStamp, u.LockoutEnd, u.TwoFactorEnabled))
        .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Removes rows of sessions that ended or began longer ago than <paramref name="age"/> (housekeeping).</summary>
    public Task<int> PurgeAsync(TimeSpan age, CancellationToken cancellationToken = default)
    {
        var before = time.GetUtcNow().UtcDateTime - age;
        return db.StaffSessions.Where(s => s.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
