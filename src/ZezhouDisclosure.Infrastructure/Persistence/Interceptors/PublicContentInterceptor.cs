using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Notes which public records a save touches and tells every <see cref="IPublicContentListener"/> once they are
/// committed: right after the save when no transaction is open, otherwise when the transaction commits
/// (the transaction behaviour calls <see cref="FlushAsync"/>), and never when it rolls back. Which entities are public
/// and what they change is not known here: each feature registers an <see cref="IPublicContentSource"/> for its entity
/// types (docs/architecture.md, "Public content changes").
/// </summary>
public sealed class PublicContentInterceptor : SaveChangesInterceptor
{
    private readonly IReadOnlyDictionary<Type, IPublicContentSource> sources;
    private readonly IEnumerable<IPublicContentListener> listeners;
    private readonly ILogger<PublicContentInterceptor> logger;
    private readonly HashSet<PublicContentChange> pending = [];

    // The entities a save touches are noted before it runs (afterwards their entries are unchanged or detached) and
    // mapped to changes once it has run, so added rows have their database ids.
    private readonly List<(IPublicContentSource Source, object Entity)> noted = [];

    public PublicContentInterceptor(
        IEnumerable<IPublicContentSource> sources, IEnumerable<IPublicContentListener> listeners, ILogger<PublicContentInterceptor> logger)
    {
        var byType = new Dictionary<Type, IPublicContentSource>();
        foreach (var source in sources)
        {
            foreach (var type in source.EntityTypes)
            {
                if (!byType.TryAdd(type, source))
                {
                    throw new InvalidOperationException(
                        $"Both {byType[type].GetType().Name} and {source.GetType().Name} map {type.Name} to public content changes.");
                }
            }
        }

        this.sources = byType;
        this.listeners = listeners;
        this.logger = logger;
    }

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
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        noted.Clear();
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    /// <summary>Forget what was saved inside a transaction that rolled back.</summary>
    public void Discard()
    {
        noted.Clear();
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
            foreach (var (source, entity) in noted)
            {
                pending.UnionWith(source.ChangesOf(entity));
            }
        }

        noted.Clear();
    }

    private void Note(DbContext? context)
    {
        if (context is null || sources.Count == 0)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (SourceOf(entry.Entity.GetType()) is { } source)
            {
                noted.Add((source, entry.Entity));
            }
        }
    }

    private IPublicContentSource? SourceOf(Type? type)
    {
        for (; type is not null && type != typeof(object); type = type.BaseType)
        {
            if (sources.TryGetValue(type, out var source))
            {
                return source;
            }
        }

        return null;
    }
}
