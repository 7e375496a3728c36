using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Attachments;

public class RemoveDocumentAttachmentTests
{
    private static async Task<(int Gaodu, int Bagong, int AttachmentId)> SeedAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var bagong = await db.Organisations.Where(o => o.Slug == "bagong").Select(o => o.Id).SingleAsync();
        var column = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
        var document = new Document(gaodu, new DocumentContentBuilder().InColumn(column).Build());
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        var attachment = new DocumentAttachment(document, "通知.pdf", "0123456789abcdef0123456789abcdef.pdf", AttachmentKind.Pdf, 10, new string('a', 64), 1);
        db.DocumentAttachments.Add(attachment);
        await db.SaveChangesAsync();
        return (gaodu, bagong, attachment.Id);
    }

    [Fact]
    public async Task Handle_OwnClerk_HidesTheAttachmentAndRecordsARevision()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, _, id) = await SeedAsync(database);
        database.User.AsClerk(gaodu, "gaodu-clerk");
        await using var db = database.CreateContext();

        var documentId = await new RemoveDocumentAttachmentHandler(db, database.User, database.Time)
            .Handle(new RemoveDocumentAttachmentCommand(id, Confirmed: true), CancellationToken.None);

        await using var check = database.CreateContext();
        Assert.False(await check.DocumentAttachments.AnyAsync(a => a.Id == id));
        Assert.True(await check.DocumentAttachments.IgnoreQueryFilters().AnyAsync(a => a.Id == id && a.IsDeleted));
        Assert.Contains("删除附件：通知.pdf", await check.DocumentRevisions.Where(r => r.DocumentId == documentId).Select(r => r.Note).ToListAsync());
        Assert.Contains(DocumentAuditActions.RemoveAttachment, await check.AuditEntries.Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Handle_ClerkOfAnotherOrganisation_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (_, bagong, id) = await SeedAsync(database);
        database.User.AsClerk(bagong, "bagong-clerk");
        await using var db = database.CreateContext();

        // The other organisation's draft is hidden from this clerk altogether.
        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await new RemoveDocumentAttachmentHandler(db, database.User, database.Time).Handle(new RemoveDocumentAttachmentCommand(id, Confirmed: true), CancellationToken.None));
    }
}
