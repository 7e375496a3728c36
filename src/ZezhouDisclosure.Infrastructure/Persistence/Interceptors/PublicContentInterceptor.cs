using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Notes which public records a save touches and tells every <see cref="IPublicContentListener"/> once they are
/// committed: right after the save when no transaction is open, otherwise when the transaction commits
/// (the transaction behaviour calls <see cref="FlushAsync"/>), and never when it rolls back.
/// </summary>
public sealed class PublicContentInterceptor(
    IEnumerable<IPublicContentListener> listeners, ILogger<PublicContentInterceptor> logger) : SaveChangesInterceptor
{
    private readonly HashSet<PublicContentChange> noted = [];
    private readonly HashSet<PublicContentChange> pending = [];

    // Added rows get their ids from the database, so they are read once the save has run.
    private readonly List<Func<PublicContentChange>> late = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            FlushAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await FlushAsync(cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        noted.Clear();
        late.Clear();
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        noted.Clear();
        late.Clear();
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    /// <summary>Forget what was saved inside a transaction that rolled back.</summary>
    public void Discard()
    {
        noted.Clear();
        late.Clear();
        pending.Clear();
    }

    /// <summary>Tell the listeners about everything committed since the last flush.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var changes = pending.ToArray();
        pending.Clear();
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnCommittedAsync(changes, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Public content listener {Listener} failed for {Count} changes", listener.GetType().Name, changes.Length);
            }
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null)
        {
            pending.UnionWith(noted);
            pending.UnionWith(late.Select(change => change()));
        }

        noted.Clear();
        late.Clear();
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Document document:
                    NoteLater(entry, () => new PublicContentChange(PublicContentKind.Document, document.Id, document.OrganisationId));
                    break;
                case DocumentAttachment attachment:
                    noted.Add(new PublicContentChange(PublicContentKind.Document, attachment.DocumentId, attachment.OrganisationId));
                    break;
                case InterpretationLink link:
                    noted.Add(new PublicContentChange(PublicContentKind.Document, link.PolicyId, null));
                    noted.Add(new PublicContentChange(PublicContentKind.Document, link.InterpretationId, null));
                    break;
                // A township has one catalogue, so a catalogue change is identified by the township's organisation id.
                case TownshipCatalogue catalogue:
                    noted.Add(new PublicContentChange(PublicContentKind.Catalogue, catalogue.OrganisationId, catalogue.OrganisationId));
                    break;
                case CatalogueVersion version:
                    noted.Add(new PublicContentChange(PublicContentKind.Catalogue, version.OrganisationId, version.OrganisationId));
                    break;
                case CatalogueItemDocument filing:
                    noted.Add(new PublicContentChange(PublicContentKind.Catalogue, filing.OrganisationId, filing.OrganisationId));
                    noted.Add(new PublicContentChange(PublicContentKind.Document, filing.DocumentId, filing.OrganisationId));
                    break;
                case CatalogueTemplate template:
                    NoteLater(entry, () => new PublicContentChange(PublicContentKind.CatalogueTemplate, template.Id, null));
                    break;
                case Organisation organisation:
                    NoteLater(entry, () => new PublicContentChange(PublicContentKind.Organisation, organisation.Id, organisation.Id));
                    break;
                case Column column:
                    NoteLater(entry, () => new PublicContentChange(PublicContentKind.Column, column.Id, null));
                    break;
            }
        }
    }

    private void NoteLater(EntityEntry entry, Func<PublicContentChange> change)
    {
        if (entry.State == EntityState.Added)
        {
            late.Add(change);
        }
        else
        {
            noted.Add(change());
        }
    }
}
