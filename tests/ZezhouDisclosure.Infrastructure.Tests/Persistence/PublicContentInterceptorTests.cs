using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Columns;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Persistence.Interceptors;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>Listeners (search index, output cache) hear of committed public changes only.</summary>
public class PublicContentInterceptorTests
{
    private sealed class RecordingListener : IPublicContentListener
    {
        public List<PublicContentChange> Heard { get; } = [];

        public ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
        {
            Heard.AddRange(changes);
            return ValueTask.CompletedTask;
        }
    }

    private static readonly IPublicContentSource[] Sources =
        [new DocumentContentSource(), new CatalogueContentSource(), new OrganisationContentSource(), new ColumnContentSource()];

    private static async Task<(int Organisation, int Column)> IdsAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        return (
            await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync(),
            await db.Columns.Where(c => c.Path == "xxgk/zcwj").Select(c => c.Id).SingleAsync());
    }

    [Fact]
    public async Task Save_WithoutTransaction_TellsListenersWithTheNewId()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (organisation, column) = await IdsAsync(database);
        var listener = new RecordingListener();
        var interceptor = new PublicContentInterceptor(Sources, [listener], NullLogger<PublicContentInterceptor>.Instance);
        await using var db = database.CreateContext(interceptor);
        var document = new Document(organisation, new DocumentContentBuilder().InColumn(column).Build());
        db.Documents.Add(document);

        await db.SaveChangesAsync();

        var change = Assert.Single(listener.Heard);
        Assert.Equal(new PublicContentChange(PublicContentKind.Document, document.Id, organisation), change);
        Assert.NotEqual(0, document.Id);
    }

    [Fact]
    public async Task Save_InsideTransaction_WaitsForFlushAfterCommit()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (organisation, column) = await IdsAsync(database);
        var listener = new RecordingListener();
        var interceptor = new PublicContentInterceptor(Sources, [listener], NullLogger<PublicContentInterceptor>.Instance);
        await using var db = database.CreateContext(interceptor);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Documents.Add(new Document(organisation, new DocumentContentBuilder().InColumn(column).Build()));
        await db.SaveChangesAsync();
        Assert.Empty(listener.Heard);

        await transaction.CommitAsync();
        await interceptor.FlushAsync(CancellationToken.None);

        Assert.Single(listener.Heard);
    }

    [Fact]
    public async Task Save_InsideRolledBackTransaction_TellsNobody()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (organisation, column) = await IdsAsync(database);
        var listener = new RecordingListener();
        var interceptor = new PublicContentInterceptor(Sources, [listener], NullLogger<PublicContentInterceptor>.Instance);
        await using var db = database.CreateContext(interceptor);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Documents.Add(new Document(organisation, new DocumentContentBuilder().InColumn(column).Build()));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        interceptor.Discard();
        await interceptor.FlushAsync(CancellationToken.None);

        Assert.Empty(listener.Heard);
    }

    [Fact]
    public async Task Flush_ListenerThrows_OtherListenersStillHear()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (organisation, column) = await IdsAsync(database);
        var listener = new RecordingListener();
        var interceptor = new PublicContentInterceptor(
            Sources, [new ThrowingListener(), listener], NullLogger<PublicContentInterceptor>.Instance);
        await using var db = database.CreateContext(interceptor);
        db.Documents.Add(new Document(organisation, new DocumentContentBuilder().InColumn(column).Build()));

        await db.SaveChangesAsync();

        Assert.Single(listener.Heard);
    }

    private sealed class ThrowingListener : IPublicContentListener
    {
        public ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("index unavailable");
    }
}
