using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Html;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Documents;

public class CreateDocumentTests
{
    private static CreateDocumentCommand Command(int column, string title = "高都镇测试", DisclosureAttribute? attribute = DisclosureAttribute.Proactive, bool submit = false) =>
        new(title, "第一段\n\n第二段", column, null, null, new DateOnly(2026, 11, 1), null, attribute, null, null, submit,
            NoInterpretationReason: "工作部署类通知，不需解读。");

    private static async Task<(int Gaodu, int Column, int Section)> IdsAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        return (
            await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync(),
            await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync(),
            await db.Columns.Where(c => c.Path == ColumnPaths.Statutory).Select(c => c.Id).SingleAsync());
    }

    [Fact]
    public async Task Handle_Clerk_DraftBelongsToTheClerksOrganisationAndIsAudited()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, column, _) = await IdsAsync(database);
        database.User.AsClerk(gaodu, "gaodu-clerk");
        await using var db = database.CreateContext();

        var id = await new CreateDocumentHandler(db, database.User, new DocumentHtmlSanitizer(), database.Time)
            .Handle(Command(column, submit: true), CancellationToken.None);

        var document = await db.Documents.SingleAsync(d => d.Id == id);
        Assert.Equal(gaodu, document.OrganisationId);
        // 高都镇 signs off inside the unit (the default for townships): the submission waits for its head.
        Assert.Equal(DocumentStatus.AwaitingUnitApproval, document.Status);
        Assert.Equal("<p>第一段</p><p>第二段</p>", document.BodyHtml);
        Assert.Equal([DocumentAuditActions.Create, DocumentAuditActions.Submit], await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Handle_Reviewer_IsForbiddenToDraft()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (_, column, _) = await IdsAsync(database);
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new CreateDocumentHandler(db, database.User, new DocumentHtmlSanitizer(), database.Time).Handle(Command(column), CancellationToken.None));
    }

    [Fact]
    public async Task Validator_SectionColumnFutureDateAndLongTitle_AreAllReported()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (_, _, section) = await IdsAsync(database);
        await using var db = database.CreateContext();
        var command = Command(section, new string('标', 301)) with { WrittenOn = new DateOnly(2026, 11, 28) };

        var result = await new CreateDocumentValidator(db, database.Time).ValidateAsync(command);

        Assert.Equal(
            ["ColumnId", "Title", "WrittenOn"],
            result.Errors.Select(e => e.PropertyName).Order());
        Assert.Contains(result.Errors, e => e.ErrorMessage == "成文日期不能晚于今天。");
    }

    [Fact]
    public async Task Validator_SubmitWithoutAttribute_ReportsTheAttributeField()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (_, column, _) = await IdsAsync(database);
        await using var db = database.CreateContext();

        var draft = await new CreateDocumentValidator(db, database.Time).ValidateAsync(Command(column, attribute: null));
        var submitted = await new CreateDocumentValidator(db, database.Time).ValidateAsync(Command(column, attribute: null, submit: true));

        Assert.True(draft.IsValid);
        Assert.Equal("Attribute", Assert.Single(submitted.Errors).PropertyName);
    }
}
