using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Auditing;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The last line of defence before anything is written:
/// a clerk may only write records of the organisations in their scope (whatever the handler did);
/// audit entries are stamped with who, when and from where, and can never be changed or removed;
/// audited rows get their created/updated stamps; versioned rows get their next concurrency version.
/// </summary>
public sealed class AuditingInterceptor(ICurrentUser currentUser, TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        // Guarded: clerks and unit heads, to the organisations they act for (none when bound to none). County-wide users and the
        // anonymous public (who only submit applications, to any organisation) are not.
        var clerkScope = currentUser.IsCountyWide() || !currentUser.IsOrganisationStaff() ? null : currentUser.RecordScope();

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is AuditEntry audit)
            {
                StampAudit(entry, audit, now);
                continue;
            }

            if (clerkScope is not null && entry.Entity is IOrganisationOwned owned)
            {
                GuardOrganisation(context, entry, owned, clerkScope);
            }

            if (entry.Entity is IAuditable auditable)
            {
                if (entry.State == EntityState.Added)
                {
                    auditable.CreatedAt = now;
                    auditable.CreatedBy = currentUser.UserName;
                }
                else if (entry.State == EntityState.Modified)
                {
                    auditable.UpdatedAt = now;
                    auditable.UpdatedBy = currentUser.UserName;
                }
            }

            if (entry.Entity is IVersioned)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                if (entry.State == EntityState.Added)
                {
                    version.CurrentValue = 1;
                }
                else if (entry.State == EntityState.Modified)
                {
                    version.CurrentValue = (int)version.OriginalValue! + 1;
                }
            }
        }
    }

    private void StampAudit(EntityEntry entry, AuditEntry audit, DateTime now)
    {
        if (entry.State != EntityState.Added)
        {
            throw new InvalidOperationException("Audit entries are append-only.");
        }

        audit.At = now;
        audit.UserId = currentUser.UserId;
        audit.UserName = currentUser.UserName;
        audit.IpAddress = currentUser.IpAddress;
    }

    private static void GuardOrganisation(DbContext context, EntityEntry entry, IOrganisationOwned owned, RecordScope scope)
    {
        var original = entry.State == EntityState.Added
            ? owned.OrganisationId
            : (int)entry.Property(nameof(IOrganisationOwned.OrganisationId)).OriginalValue!;
        if (!Reaches(context, scope, owned.OrganisationId) || !Reaches(context, scope, original))
        {
            throw new ForbiddenException("只能修改本单位的信息。");
        }
    }

    /// <summary>
    /// The scope's own organisations, and the villages of a township in it: a township acts for its 村（居）, including
    /// one created since its staff signed in (their scope claims list the villages of the moment of sign-in).
    /// </summary>
    private static bool Reaches(DbContext context, RecordScope scope, int organisationId)
    {
        if (scope.Includes(organisationId))
        {
            return true;
        }

        var organisations = context.Set<Organisation>();
        var organisation = organisations.Local.FirstOrDefault(o => o.Id == organisationId)
                           ?? organisations.AsNoTracking().FirstOrDefault(o => o.Id == organisationId);
        return organisation is { IsVillageLevel: true, ParentId: int township } && scope.Includes(township);
    }
}
