using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Documents;

/// <summary>单位内审核 (信息员 → 单位负责人 → 县政务公开办) and 撤回提交, through the handlers.</summary>
public class UnitSignOffTests
{
    private static async Task<int> OrganisationAsync(SqliteTestDatabase database, string slug)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    private static async Task<int> DraftAsync(SqliteTestDatabase database, int organisationId)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var column = await db.Columns.Where(c => c.Path == ColumnPaths.StatutoryLivelihood).Select(c => c.Id).SingleAsync();
        var document = new Document(organisationId, new DocumentContentBuilder().InColumn(column).Build());
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    private static async Task<int> VersionAsync(SqliteTestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        return await db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.Version).SingleAsync();
    }

    private static async Task<(DocumentStatus Status, List<string> Actions)> StateAsync(SqliteTestDatabase database, int id)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var status = await db.Documents.Where(d => d.Id == id).Select(d => d.Status).SingleAsync();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actions = await db.AuditEntries.Where(a => a.EntityType == "Document" && a.EntityId == key).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        return (status, actions);
    }

    private static async Task SubmitAsync(SqliteTestDatabase database, int organisationId, int id)
    {
        var version = await VersionAsync(database, id);
        database.User.AsClerk(organisationId);
        await using var db = database.CreateContext();
        await new SubmitDocumentHandler(db, database.User, database.Time).Handle(new SubmitDocumentCommand(id, version), CancellationToken.None);
    }

    [Theory]
    [InlineData("gaodu", DocumentStatus.AwaitingUnitApproval)]
    [InlineData("jyj", DocumentStatus.AwaitingUnitApproval)]
    [InlineData("xzfb", DocumentStatus.Submitted)]
    public async Task Submit_ByDefault_TownshipsAndDepartmentsGoToTheirHeadFirst(string organisation, DocumentStatus expected)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var organisationId = await OrganisationAsync(database, organisation);
        var id = await DraftAsync(database, organisationId);

        await SubmitAsync(database, organisationId, id);

        Assert.Equal(expected, (await StateAsync(database, id)).Status);
    }

    [Fact]
    public async Task Submit_UnitSignOffTurnedOff_GoesStraightToTheCountyOffice()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        await using (var db = database.CreateContext())
        {
            (await db.Organisations.SingleAsync(o => o.Id == gaodu)).SetUnitSignOff(false);
            await db.SaveChangesAsync();
        }

        var id = await DraftAsync(database, gaodu);
        await SubmitAsync(database, gaodu, id);

        Assert.Equal(DocumentStatus.Submitted, (await StateAsync(database, id)).Status);
    }

    [Fact]
    public async Task ApproveInUnit_OwnHead_PassesItToTheCountyQueueAndRecordsIt()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        var id = await DraftAsync(database, gaodu);
        await SubmitAsync(database, gaodu, id);

        database.User.AsReviewer();
        PagedQueue before;
        await using (var db = database.CreateContext())
        {
            before = new PagedQueue(await new ListStaffDocumentsHandler(db, database.User).Handle(new ListStaffDocumentsQuery(DocumentStatus.Submitted, 1), CancellationToken.None));
        }

        var version = await VersionAsync(database, id);
        database.User.AsUnitHead(gaodu, "gaodu-head");
        await using (var db = database.CreateContext())
        {
            await new ApproveDocumentInUnitHandler(db, database.User, database.Time).Handle(new ApproveDocumentInUnitCommand(id, version), CancellationToken.None);
        }

        database.User.AsReviewer();
        PagedQueue after;
        await using (var db = database.CreateContext())
        {
            after = new PagedQueue(await new ListStaffDocumentsHandler(db, database.User).Handle(new ListStaffDocumentsQuery(DocumentStatus.Submitted, 1), CancellationToken.None));
        }

        var (status, actions) = await StateAsync(database, id);
        Assert.DoesNotContain(id, before.Ids);
        Assert.Contains(id, after.Ids);
        Assert.Equal(DocumentStatus.Submitted, status);
        Assert.Equal([DocumentAuditActions.Submit, DocumentAuditActions.ApproveInUnit], actions);
    }

    [Fact]
    public async Task ApproveInUnit_HeadOfAnotherUnit_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        var jyj = await OrganisationAsync(database, "jyj");
        var id = await DraftAsync(database, gaodu);
        await SubmitAsync(database, gaodu, id);
        var version = await VersionAsync(database, id);

        database.User.AsUnitHead(jyj, "jyj-head");
        await using var db = database.CreateContext();
        var refused = await Record.ExceptionAsync(async () =>
            await new ApproveDocumentInUnitHandler(db, database.User, database.Time).Handle(new ApproveDocumentInUnitCommand(id, version), CancellationToken.None));

        // The organisation-scope filter hides another unit's draft (404), or the handler refuses it (403).
        Assert.True(refused is ForbiddenException or NotFoundException, refused?.GetType().Name);
        Assert.Equal(DocumentStatus.AwaitingUnitApproval, (await StateAsync(database, id)).Status);
    }

    [Fact]
    public async Task ApproveInUnit_ByAClerk_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        var id = await DraftAsync(database, gaodu);
        await SubmitAsync(database, gaodu, id);
        var version = await VersionAsync(database, id);

        database.User.AsClerk(gaodu);
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new ApproveDocumentInUnitHandler(db, database.User, database.Time).Handle(new ApproveDocumentInUnitCommand(id, version), CancellationToken.None));
    }

    [Fact]
    public async Task ReturnInUnit_WithReason_IsReturnedAndInTheHistory()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        var id = await DraftAsync(database, gaodu);
        await SubmitAsync(database, gaodu, id);
        var version = await VersionAsync(database, id);

        database.User.AsUnitHead(gaodu, "gaodu-head");
        await using (var db = database.CreateContext())
        {
            await new ReturnDocumentInUnitHandler(db, database.User, database.Time).Handle(new ReturnDocumentInUnitCommand(id, version, "请补充成文日期。"), CancellationToken.None);
        }

        database.User.AsClerk(gaodu);
        await using (var db = database.CreateContext())
        {
            var page = await new GetStaffDocumentHandler(db, database.User, database.CreateReadCache()).Handle(new GetStaffDocumentQuery(id), CancellationToken.None);
            Assert.Equal(DocumentStatus.Returned, page.Status);
            Assert.Equal("请补充成文日期。", page.ReviewComment);
            Assert.Contains(page.ReviewHistory, h => h.Action == DocumentAuditActions.ReturnInUnit && h.Summary.Contains("请补充成文日期。", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Recall_SubmittedByOwnClerk_IsADraftAgainAndAudited()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        var id = await DraftAsync(database, gaodu);
        await SubmitAsync(database, gaodu, id);
        var version = await VersionAsync(database, id);

        database.User.AsClerk(gaodu);
        await using (var db = database.CreateContext())
        {
            await new RecallDocumentHandler(db, database.User).Handle(new RecallDocumentCommand(id, version), CancellationToken.None);
        }

        var (status, actions) = await StateAsync(database, id);
        Assert.Equal(DocumentStatus.Draft, status);
        Assert.Equal(DocumentAuditActions.Recall, actions[^1]);
    }

    [Fact]
    public async Task Recall_AlreadyApproved_IsAConflict()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var xzfb = await OrganisationAsync(database, "xzfb");
        var id = await DraftAsync(database, xzfb);
        await SubmitAsync(database, xzfb, id);
        database.User.AsReviewer();
        await using (var db = database.CreateContext())
        {
            await new ApproveDocumentHandler(db, database.User, database.Time).Handle(new ApproveDocumentCommand(id, await VersionAsync(database, id)), CancellationToken.None);
        }

        database.User.AsClerk(xzfb);
        await using var context = database.CreateContext();
        var version = await VersionAsync(database, id);

        await Assert.ThrowsAsync<ConflictException>(async () =>
            await new RecallDocumentHandler(context, database.User).Handle(new RecallDocumentCommand(id, version), CancellationToken.None));
    }

    private sealed class PagedQueue(ZezhouDisclosure.Application.Common.Models.PagedList<StaffDocumentRow> list)
    {
        public IReadOnlyList<int> Ids { get; } = [.. list.Items.Select(r => r.Id)];
    }
}
