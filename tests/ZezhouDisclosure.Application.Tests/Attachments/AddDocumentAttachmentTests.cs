using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Attachments;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Attachments;

public sealed class AddDocumentAttachmentTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zd-tests", "attachments-" + Guid.NewGuid().ToString("N"));
    private SqliteTestDatabase _database = null!;
    private int _gaodu;
    private int _bagong;
    private int _documentId;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var db = _database.CreateContext();
        _gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        _bagong = await db.Organisations.Where(o => o.Slug == "bagong").Select(o => o.Id).SingleAsync();
        var column = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
        var document = new Document(_gaodu, new DocumentContentBuilder().InColumn(column).WithTitle("高都镇冬季取暖通知").Build());
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        _documentId = document.Id;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private LocalAttachmentStore Store => new(_folder);

    private AddDocumentAttachmentHandler Handler(IAppDbContext db, long maxBytes = AttachmentKinds.DefaultMaxBytes) =>
        new(db, _database.User, Store, new AttachmentInspector(), new AttachmentSettings(maxBytes), _database.Time);

    private async Task<int> AddAsync(string fileName, byte[] content, long maxBytes = AttachmentKinds.DefaultMaxBytes)
    {
        await using var db = _database.CreateContext();
        return await Handler(db, maxBytes).Handle(new AddDocumentAttachmentCommand(_documentId, fileName, new MemoryStream(content)), CancellationToken.None);
    }

    private int StoredFiles() => Directory.Exists(_folder) ? Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length : 0;

    public static TheoryData<string, byte[]> AcceptedFiles => new()
    {
        { "通知正文.pdf", TestFiles.TextPdf() },
        { "通知正文.ofd", TestFiles.Ofd() },
        { "通知正文.doc", TestFiles.Ole2() },
        { "通知正文.docx", TestFiles.Docx("各村（社区）：", "现就冬季清洁取暖工作通知如下。") },
        { "补贴名单.xls", TestFiles.Ole2() },
        { "补贴名单.xlsx", TestFiles.Xlsx() },
        { "现场照片.jpg", TestFiles.Jpeg() },
        { "政策图解.png", TestFiles.Png() },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task Handle_EachAcceptedKind_IsStoredWithItsHashAndAudited(string fileName, byte[] content)
    {
        _database.User.AsClerk(_gaodu, "gaodu-clerk");

        var id = await AddAsync(fileName, content);

        await using var db = _database.CreateContext();
        var attachment = await db.DocumentAttachments.SingleAsync(a => a.Id == id);
        Assert.Equal(fileName, attachment.FileName);
        Assert.Equal(content.Length, attachment.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), attachment.Sha256);
        Assert.Matches("^[0-9a-f]{32}\\.[a-z]{3,4}$", attachment.StorageKey);
        await using (var stored = Store.OpenRead(attachment.StorageKey))
        using (var copy = new MemoryStream())
        {
            await stored.CopyToAsync(copy);
            Assert.Equal(content, copy.ToArray());
        }

        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == DocumentAuditActions.AddAttachment);
        Assert.Contains(await db.DocumentRevisions.Where(r => r.DocumentId == _documentId).Select(r => r.Note).ToListAsync(), n => n == "添加附件：" + fileName);
    }

    [Fact]
    public async Task Handle_TextPdf_KeepsItsTextForTheSearchIndex()
    {
        _database.User.AsClerk(_gaodu, "gaodu-clerk");

        var id = await AddAsync("通知.pdf", TestFiles.TextPdf("Winter heating subsidy"));

        await using var db = _database.CreateContext();
        var attachment = await db.DocumentAttachments.SingleAsync(a => a.Id == id);
        Assert.True(attachment.HasTextLayer);
        Assert.Contains("Winter heating subsidy", attachment.ExtractedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_ScannedPdf_IsAcceptedAndMarkedWithoutTextLayer()
    {
        _database.User.AsClerk(_gaodu, "gaodu-clerk");

        var id = await AddAsync("扫描件.pdf", TestFiles.ScannedPdf());

        await using var db = _database.CreateContext();
        var attachment = await db.DocumentAttachments.SingleAsync(a => a.Id == id);
        Assert.False(attachment.HasTextLayer);
        Assert.True(attachment.IsScanWithoutText);
    }

    [Fact]
    public async Task Handle_Docx_KeepsItsParagraphText()
    {
        _database.User.AsClerk(_gaodu, "gaodu-clerk");

        var id = await AddAsync("通知.docx", TestFiles.Docx("第一段", "第二段"));

        await using var db = _database.CreateContext();
        Assert.Equal("第一段\n第二段", await db.DocumentAttachments.Where(a => a.Id == id).Select(a => a.ExtractedText).SingleAsync());
    }

    [Fact]
    public async Task Handle_HtmlRenamedAsPdf_IsRefusedAndNothingIsStored()
    {
        _database.User.AsClerk(_gaodu, "gaodu-clerk");

        var exception = await Assert.ThrowsAsync<ValidationException>(() => AddAsync("通知.pdf", TestFiles.Html()));

        Assert.Contains("内容与扩展名不符", exception.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(AddDocumentAttachmentCommand.FileField, exception.Errors.Single().PropertyName);
        Assert.Equal(0, StoredFiles());
        await using var db = _database.CreateContext();
        Assert.False(await db.DocumentAttachments.AnyAsync());
    }

    [Fact]
    public async Task Handle_ZipRenamedAsDocx_IsRefused()
    {
        _database.User.AsClerk(_gaodu, "gaodu-clerk");

        var exception = await Assert.ThrowsAsync<ValidationException>(() => AddAsync("通知.docx", TestFiles.Zip(("readme.txt", "not a word file"))));

        Assert.Contains("word/document.xml", exception.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_FileOverTheLimit_IsRefusedWithTheLimitStated()
    {
        _database.User.AsClerk(_gaodu, "gaodu-clerk");
        var content = TestFiles.TextPdf();

        var exception = await Assert.ThrowsAsync<ValidationException>(() => AddAsync("通知.pdf", content, maxBytes: content.Length - 1));

        Assert.Contains("上限", exception.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(0, StoredFiles());
    }

    [Fact]
    public async Task Handle_ClerkOfAnotherOrganisation_IsRefused()
    {
        _database.User.AsClerk(_bagong, "bagong-clerk");

        // Another organisation's draft is hidden from this clerk altogether (404, not 403).
        await Assert.ThrowsAsync<NotFoundException>(() => AddAsync("通知.pdf", TestFiles.TextPdf()));

        Assert.Equal(0, StoredFiles());
    }

    [Fact]
    public async Task Handle_SubmittedDocument_IsAConflict()
    {
        await using (var db = _database.CreateContext())
        {
            var document = await db.Documents.SingleAsync(d => d.Id == _documentId);
            document.Submit(_database.Time.GetUtcNow().UtcDateTime, "gaodu-clerk");
            await db.SaveChangesAsync();
        }

        _database.User.AsClerk(_gaodu, "gaodu-clerk");

        await Assert.ThrowsAsync<ConflictException>(() => AddAsync("通知.pdf", TestFiles.TextPdf()));
    }

    [Fact]
    public async Task Handle_DatabaseWriteFails_StoredFileIsRemoved()
    {
        _database.User.AsClerk(_gaodu, "gaodu-clerk");
        await using var db = _database.CreateContext();
        // Another user saves the document first: this save is stale and refused by the database.
        var handler = Handler(db);
        await db.Documents.SingleAsync(d => d.Id == _documentId);
        await using (var other = _database.CreateContext())
        {
            var document = await other.Documents.SingleAsync(d => d.Id == _documentId);
            document.Edit(new DocumentContentBuilder().WithTitle("他人修改后的标题").Build() with { ColumnId = document.ColumnId });
            await other.SaveChangesAsync();
        }

        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await handler.Handle(new AddDocumentAttachmentCommand(_documentId, "通知.pdf", new MemoryStream(TestFiles.TextPdf())), CancellationToken.None));

        Assert.Equal(0, StoredFiles());
    }

    [Fact]
    public async Task Validator_NotAcceptedExtension_NamesTheAcceptedKinds()
    {
        var result = await new AddDocumentAttachmentValidator().ValidateAsync(new AddDocumentAttachmentCommand(_documentId, "脚本.exe", new MemoryStream([1])));

        var error = Assert.Single(result.Errors);
        Assert.Equal(AddDocumentAttachmentCommand.FileField, error.PropertyName);
        Assert.Contains(AttachmentKinds.AcceptedDescription, error.ErrorMessage, StringComparison.Ordinal);
    }
}
