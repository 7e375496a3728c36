using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Infrastructure.Persistence.Interceptors;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>
/// The interceptor knows no entity type itself: a registered <see cref="IPublicContentSource"/> for a new entity makes
/// its changes heard after commit (with the new id) and never after a rollback.
/// </summary>
public sealed class PublicContentSourceTests : IAsyncLifetime
{
    private static readonly PublicContentKind WidgetKind = new("test-widget");

    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly RecordingListener _listener = new();
    private PublicContentInterceptor _interceptor = null!;
    private WidgetContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _interceptor = new PublicContentInterceptor([new WidgetSource()], [_listener], NullLogger<PublicContentInterceptor>.Instance);
        _db = new WidgetContext(new DbContextOptionsBuilder<WidgetContext>().UseSqlite(_connection).AddInterceptors(_interceptor).Options);
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Save_EntityOfARegisteredSource_ListenersHearItsChangeWithTheNewId()
    {
        var widget = new Widget { Name = "a", OwnerId = 4 };
        _db.Widgets.Add(widget);

        await _db.SaveChangesAsync();

        Assert.NotEqual(0, widget.Id);
        Assert.Equal([new PublicContentChange(WidgetKind, widget.Id, 4)], _listener.Heard);
    }

    [Fact]
    public async Task Save_ModifiedAndDeletedEntities_AreHeardToo()
    {
        var kept = new Widget { Name = "kept" };
        var gone = new Widget { Name = "gone" };
        _db.Widgets.AddRange(kept, gone);
        await _db.SaveChangesAsync();
        _listener.Heard.Clear();

        kept.Name = "renamed";
        _db.Widgets.Remove(gone);
        await _db.SaveChangesAsync();

        Assert.Equal([kept.Id, gone.Id], _listener.Heard.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task Save_InCommittedTransaction_HeardAfterFlushOnly()
    {
        await using var transaction = await _db.Database.BeginTransactionAsync();
        _db.Widgets.Add(new Widget { Name = "b" });
        await _db.SaveChangesAsync();
        Assert.Empty(_listener.Heard);

        await transaction.CommitAsync();
        await _interceptor.FlushAsync(CancellationToken.None);

        Assert.Equal(WidgetKind, Assert.Single(_listener.Heard).Kind);
    }

    [Fact]
    public async Task Save_InRolledBackTransaction_NobodyHears()
    {
        await using (var transaction = await _db.Database.BeginTransactionAsync())
        {
            _db.Widgets.Add(new Widget { Name = "c" });
            await _db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        _interceptor.Discard();
        await _interceptor.FlushAsync(CancellationToken.None);

        Assert.Empty(_listener.Heard);
    }

    [Fact]
    public async Task Save_EntityWithoutASource_TellsNobody()
    {
        var interceptor = new PublicContentInterceptor([], [_listener], NullLogger<PublicContentInterceptor>.Instance);
        await using var db = new WidgetContext(new DbContextOptionsBuilder<WidgetContext>().UseSqlite(_connection).AddInterceptors(interceptor).Options);
        db.Widgets.Add(new Widget { Name = "d" });

        await db.SaveChangesAsync();

        Assert.Empty(_listener.Heard);
    }

    [Fact]
    public void Create_TwoSourcesForOneEntityType_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new PublicContentInterceptor([new WidgetSource(), new WidgetSource()], [], NullLogger<PublicContentInterceptor>.Instance));

        Assert.Contains(nameof(Widget), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_FeatureSources_CoverEveryPublicEntityOnce()
    {
        var services = new ServiceCollection().AddPublicContentSources().AddPublicContentSources();

        var sources = services.BuildServiceProvider().GetServices<IPublicContentSource>().ToList();

        // One source per capability with public pages, each entity claimed by exactly one of them.
        Assert.Equal(11, sources.Count);
        Assert.Equal(
            new[]
            {
                typeof(Document), typeof(DocumentAttachment), typeof(InterpretationLink), typeof(TownshipCatalogue),
                typeof(CatalogueVersion), typeof(CatalogueItemDocument), typeof(CatalogueTemplate), typeof(Organisation), typeof(Column), typeof(ColumnFormerPath),
                typeof(OrganisationNameRecord), typeof(Domain.Villages.VillagePosting), typeof(Domain.Villages.VillagePostingAttachment),
                typeof(Domain.Villages.VillageCatalogueItem), typeof(Domain.ServiceItems.ServiceItem), typeof(Domain.ServiceItems.ServiceItemFile),
                typeof(Domain.ServiceItems.CatalogueServiceLink),
                typeof(Domain.NewMedia.NewMediaAccount), typeof(Domain.AnnualReports.AnnualReport),
                typeof(Domain.Participation.Consultation), typeof(Domain.Participation.ConsultationComment), typeof(Domain.Participation.ConsultationAttachment),
                typeof(Domain.Participation.ParticipationCatalogue), typeof(Domain.Participation.ParticipationCatalogueItem),
                typeof(Domain.Participation.ParticipationRecord), typeof(Domain.Interactions.CitizenMessage),
            }.Select(t => t.Name).Order(),
            sources.SelectMany(s => s.EntityTypes).Select(t => t.Name).Order());
    }

    [Fact]
    public void Scan_SearchSources_FindEveryCapabilitysSource()
    {
        var services = new ServiceCollection().AddSearchSources();

        Assert.Equal(
            [typeof(CatalogueSearchSource), typeof(DocumentSearchSource), typeof(Application.Interactions.MessageSearchSource),
                typeof(Application.Participation.ConsultationSearchSource),
                typeof(Application.Participation.ParticipationCatalogueSearchSource), typeof(Application.Participation.ParticipationRecordSearchSource),
                typeof(Application.ServiceItems.ServiceItemSearchSource)],
            services.Where(d => d.ServiceType == typeof(ISearchSource)).Select(d => d.ImplementationType));
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Scoped, d.Lifetime));
    }

    [Fact]
    public void CatalogueSource_Filing_ChangesTheCatalogueAndTheDocument()
    {
        var filing = new CatalogueItemDocument(3, 40, 7, DateTime.UtcNow, "clerk");

        Assert.Equal(
            [new PublicContentChange(PublicContentKind.Catalogue, 3, 3), new PublicContentChange(PublicContentKind.Document, 7, 3)],
            new CatalogueContentSource().ChangesOf(filing));
    }

    public sealed class Widget
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";

        public int? OwnerId { get; set; }
    }

    private sealed class WidgetContext(DbContextOptions<WidgetContext> options) : DbContext(options)
    {
        public DbSet<Widget> Widgets => Set<Widget>();
    }

    private sealed class WidgetSource : PublicContentSource
    {
        public WidgetSource() => Map<Widget>(widget => [new(WidgetKind, widget.Id, widget.OwnerId)]);
    }

    private sealed class RecordingListener : IPublicContentListener
    {
        public List<PublicContentChange> Heard { get; } = [];

        public ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
        {
            Heard.AddRange(changes);
            return ValueTask.CompletedTask;
        }
    }
}
