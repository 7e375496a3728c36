using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Auditing;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>The data-layer rules: organisation scope on reads and writes, stamps, versions, append-only audit.</summary>
public class AuditingInterceptorTests
{
    private static async Task<(int Gaodu, int Bagong, int Column)> IdsAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        return (
            await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync(),
            await db.Organisations.Where(o => o.Slug == "bagong").Select(o => o.Id).SingleAsync(),
            await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync());
    }

    [Fact]
    public async Task Save_ClerkAddsDocumentOfAnotherOrganisation_IsRefusedAndNothingIsWritten()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, bagong, column) = await IdsAsync(database);
        database.User.AsClerk(gaodu);
        await using var db = database.CreateContext();

        db.Documents.Add(new Document(bagong, new DocumentContentBuilder().InColumn(column).Build()));

        await Assert.ThrowsAsync<ForbiddenException>(() => db.SaveChangesAsync());
        database.User.AsSystem();
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Documents.CountAsync());
    }

    [Fact]
    public async Task Save_ClerkMovesOwnDocumentToAnotherOrganisation_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, bagong, column) = await IdsAsync(database);
        database.User.AsClerk(gaodu);
        await using var db = database.CreateContext();
        var document = new Document(gaodu, new DocumentContentBuilder().InColumn(column).Build());
        db.Documents.Add(document);
        await db.SaveChangesAsync();

        db.Entry(document).Property(d => d.OrganisationId).CurrentValue = bagong;

        await Assert.ThrowsAsync<ForbiddenException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Query_ClerkContext_SeesOwnDraftsAndOnlyOthersPublished()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, bagong, column) = await IdsAsync(database);
        await using (var seed = database.CreateContext())
        {
            seed.Documents.Add(new Document(gaodu, new DocumentContentBuilder().InColumn(column).WithTitle("高都草稿").Build()));
            seed.Documents.Add(new Document(bagong, new DocumentContentBuilder().InColumn(column).WithTitle("巴公草稿").Build()));
            var published = new Document(bagong, new DocumentContentBuilder().InColumn(column).WithTitle("巴公已发布").Build());
            published.Submit(database.Time.GetUtcNow().UtcDateTime, "seed");
            published.Approve("140525108/2026-00001", database.Time.GetUtcNow().UtcDateTime, "seed");
            seed.Documents.Add(published);
            await seed.SaveChangesAsync();
        }

        database.User.AsClerk(gaodu);
        await using var clerk = database.CreateContext();
        var visibleToClerk = await clerk.Documents.Select(d => d.Title).OrderBy(t => t).ToListAsync();
        database.User.AsAnonymous();
        await using var anonymous = database.CreateContext();
        var visibleToCitizen = await anonymous.Documents.Select(d => d.Title).ToListAsync();
        database.User.AsReviewer();
        await using var reviewer = database.CreateContext();

        Assert.Equal(["巴公已发布", "高都草稿"], visibleToClerk);
        Assert.Equal(["巴公已发布"], visibleToCitizen);
        Assert.Equal(3, await reviewer.Documents.CountAsync());
    }

    [Fact]
    public async Task Save_NewAndChangedRows_AreStampedAndVersioned()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, _, column) = await IdsAsync(database);
        database.User.AsClerk(gaodu, "gaodu-clerk");
        await using var db = database.CreateContext();
        var document = new Document(gaodu, new DocumentContentBuilder().InColumn(column).Build());
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        database.Time.Advance(TimeSpan.FromMinutes(5));

        document.Edit(new DocumentContentBuilder().InColumn(column).WithTitle("改").Build());
        await db.SaveChangesAsync();

        Assert.Equal("gaodu-clerk", document.CreatedBy);
        Assert.Equal(database.Time.GetUtcNow().UtcDateTime.AddMinutes(-5), document.CreatedAt);
        Assert.Equal(database.Time.GetUtcNow().UtcDateTime, document.UpdatedAt);
        Assert.Equal(2, document.Version);
    }

    [Fact]
    public async Task Save_StaleVersion_IsRefusedAndTheNewerTextSurvives()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, _, column) = await IdsAsync(database);
        database.User.AsClerk(gaodu);
        int id;
        await using (var seed = database.CreateContext())
        {
            var document = new Document(gaodu, new DocumentContentBuilder().InColumn(column).WithTitle("原稿").Build());
            seed.Documents.Add(document);
            await seed.SaveChangesAsync();
            id = document.Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Documents.SingleAsync(d => d.Id == id);
        var b = await second.Documents.SingleAsync(d => d.Id == id);
        a.Edit(new DocumentContentBuilder().InColumn(column).WithTitle("甲的修改").Build());
        b.Edit(new DocumentContentBuilder().InColumn(column).WithTitle("乙的修改").Build());
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.CreateContext();
        Assert.Equal("甲的修改", await check.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync());
    }

    [Fact]
    public async Task Save_AuditEntry_IsStampedAndCannotBeChangedOrDeleted()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsReviewer("shenhe");
        await using var db = database.CreateContext();
        var entry = new AuditEntry(DocumentAuditActions.Approve, "Document", "1", null, "审核通过");
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();

        Assert.Equal("shenhe", entry.UserName);
        Assert.Equal("127.0.0.1", entry.IpAddress);
        Assert.Equal(database.Time.GetUtcNow().UtcDateTime, entry.At);

        db.Entry(entry).Property(e => e.UserName).CurrentValue = "someone-else";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
