using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Infrastructure.Persistence;

namespace ZezhouDisclosure.Infrastructure.Identity;

public sealed class UserAccounts(UserManager<AppUser> userManager, AppDbContext db, TimeProvider time) : IUserAccounts
{
    public async Task<IReadOnlyList<UserAccountRow>> ListAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var now = time.GetUtcNow();
        return users.Select(u => new UserAccountRow(
                u.Id,
                u.UserName ?? "",
                u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").ToList(),
                u.OrganisationId is int id && organisations.TryGetValue(id, out var name) ? name : null,
                u.LockoutEnd != DateTimeOffset.MaxValue,
                u.LockoutEnd is { } end && end > now && end != DateTimeOffset.MaxValue,
                u.TwoFactorEnabled,
                u.OrganisationId,
                u.Email))
            .ToList();
    }

    public async Task<bool> UserNameExistsAsync(string userName, CancellationToken cancellationToken) =>
        await userManager.FindByNameAsync(userName) is not null;

    public async Task<UserAccountResult> CreateAsync(NewUserAccount account, CancellationToken cancellationToken)
    {
        var user = new AppUser
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            OrganisationId = account.OrganisationId,
            Email = account.Email,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await userManager.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return new UserAccountResult(null, created.Errors.Select(e => e.Description).ToList());
        }

        var role = await userManager.AddToRoleAsync(user, account.Role);
        return role.Succeeded
            ? new UserAccountResult(user.Id, [])
            : new UserAccountResult(null, role.Errors.Select(e => e.Description).ToList());
    }

    public async Task<bool> SetEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        await userManager.SetLockoutEnabledAsync(user, true);
        await userManager.SetLockoutEndDateAsync(user, enabled ? null : DateTimeOffset.MaxValue);
        await userManager.UpdateSecurityStampAsync(user);
        return true;
    }

    public async Task<bool> SetRoleAsync(string userId, string role, int? organisationId, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        var current = await userManager.GetRolesAsync(user);
        await userManager.RemoveFromRolesAsync(user, current);
        await userManager.AddToRoleAsync(user, role);
        user.OrganisationId = organisationId;
        await userManager.UpdateAsync(user);

        // Role changes do not change the stamp by themselves; the new stamp ends the account's sessions at once.
        await userManager.UpdateSecurityStampAsync(user);
        return true;
    }

    /// <summary>
    /// Writes the address directly (not UserManager.SetEmailAsync, which would change the security stamp and end the
    /// account's sessions): it is where notifications go, not a sign-in credential.
    /// </summary>
    public async Task<bool> SetEmailAsync(string userId, string? email, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        user.Email = email;
        user.EmailConfirmed = false;
        var updated = await userManager.UpdateAsync(user); // also sets NormalizedEmail
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", updated.Errors.Select(e => e.Description)));
        }

        return true;
    }

    public async Task<IReadOnlyList<string>> MoveToOrganisationAsync(int fromOrganisationId, int toOrganisationId, CancellationToken cancellationToken)
    {
        var users = await db.Users.Where(u => u.OrganisationId == fromOrganisationId).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            user.OrganisationId = toOrganisationId;

            // Saves the account and gives it a new stamp: its sessions, whose claims name the old unit, end at once.
            await userManager.UpdateSecurityStampAsync(user);
        }

        return [.. users.Select(u => u.UserName ?? "")];
    }
}
