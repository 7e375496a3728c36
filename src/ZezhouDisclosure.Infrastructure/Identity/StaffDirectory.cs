using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Infrastructure.Persistence;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>Reads the staff addresses from the Identity tables: enabled accounts of the unit, by role.</summary>
public sealed class StaffDirectory(AppDbContext db) : IStaffDirectory
{
    public async Task<IReadOnlyList<string>> EmailsAsync(int organisationId, string permission, CancellationToken cancellationToken)
    {
        var rows = await RecipientsAsync(permission, organisationId, cancellationToken);
        return [.. rows.Select(r => r.Email).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyCollection<int>> OrganisationsWithEmailAsync(string permission, CancellationToken cancellationToken)
    {
        var rows = await RecipientsAsync(permission, null, cancellationToken);
        return rows.Select(r => r.OrganisationId).ToHashSet();
    }

    /// <summary>Enabled accounts bound to an organisation (one, or any), with an address and a role granting the permission.</summary>
    private async Task<List<(int OrganisationId, string Email)>> RecipientsAsync(string permission, int? organisationId, CancellationToken cancellationToken)
    {
        var roles = RolePermissions.RolesWith(permission);
        var rows = await (from u in db.Users.AsNoTracking()
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where u.OrganisationId != null && (organisationId == null || u.OrganisationId == organisationId)
                                && u.Email != null && u.Email != "" && roles.Contains(r.Name!)
                          select new { u.OrganisationId, u.Email, u.LockoutEnd }).ToListAsync(cancellationToken);
        // A disabled account carries LockoutEnd = MaxValue (UserAccounts.SetEnabledAsync); a temporary lockout still gets mail.
        return [.. rows.Where(r => r.LockoutEnd != DateTimeOffset.MaxValue).Select(r => (r.OrganisationId!.Value, r.Email!))];
    }
}
