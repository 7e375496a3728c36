using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Documents;

public class ApproveDocumentTests
{
    private static async Task<int> SubmittedAsync(SqliteTestDatabase database, string organisation)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == organisation).Select(o => o.Id).SingleAsync();
        var column = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
        var document = new Document(organisationId, new DocumentContentBuilder().InColumn(column).Build());
        document.Submit(database.Time.GetUtcNow().UtcDateTime, "clerk");
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    private static async Task<string> ApproveAsync(SqliteTestDatabase database, int id)
    {
        database.User.AsReviewer();
        await using var db = database.CreateContext();
        return await new ApproveDocumentHandler(db, database.User, database.Time).Handle(new ApproveDocumentCommand(id, 1), CancellationToken.None);
    }

    [Fact]
    public async Task Handle_OrganisationsNumberIndependently_EachFromOne()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu1 = await SubmittedAsync(database, "gaodu");
        var gaodu2 = await SubmittedAsync(database, "gaodu");
        var jyj1 = await SubmittedAsync(database, "jyj");

        Assert.Equal("140525107/2026-00001", await ApproveAsync(database, gaodu1));
        Assert.Equal("140525013/2026-00001", await ApproveAsync(database, jyj1));
        Assert.Equal("140525107/2026-00002", await ApproveAsync(database, gaodu2));
    }

    [Fact]
    public async Task Handle_AfterMidnightBeijingOnNewYearsEve_NumbersInTheNewYear()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 15, 59, 0, TimeSpan.Zero));
        var before = await SubmittedAsync(database, "gaodu");
        var after = await SubmittedAsync(database, "gaodu");

        var last = await ApproveAsync(database, before);
        database.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 16, 1, 0, TimeSpan.Zero));
        var first = await ApproveAsync(database, after);

        Assert.Equal("140525107/2026-00001", last);
        Assert.Equal("140525107/2027-00001", first);
    }

    [Fact]
    public async Task Handle_ByAClerk_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SubmittedAsync(database, "gaodu");
        await using var db = database.CreateContext();
        database.User.AsClerk(await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync());

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new ApproveDocumentHandler(db, database.User, database.Time).Handle(new ApproveDocumentCommand(id, 1), CancellationToken.None));
    }

    [Fact]
    public async Task Handle_UnknownDocument_IsNotFound()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await new ApproveDocumentHandler(db, database.User, database.Time).Handle(new ApproveDocumentCommand(424242, 1), CancellationToken.None));
    }
}
