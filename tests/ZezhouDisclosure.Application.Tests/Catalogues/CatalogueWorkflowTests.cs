using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Catalogues;

public class CatalogueWorkflowTests
{
    private static async Task<int> OrganisationAsync(SqliteTestDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    private static async Task<int> AreaAsync(SqliteTestDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        return await db.PilotAreas.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
    }

    private static async Task<TownshipCatalogue> LoadAsync(SqliteTestDatabase database, int organisationId)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        return await db.TownshipCatalogues.AsNoTracking().Include(c => c.Items).Include(c => c.Areas)
            .SingleAsync(c => c.OrganisationId == organisationId);
    }

    /// <summary>高都镇's clerk starts the catalogue, adopts 社会救助 and submits it.</summary>
    /// <summary>高都镇's catalogue submitted and approved as version 1; returns it as it was submitted.</summary>
    private static async Task<TownshipCatalogue> ApprovedAsync(SqliteTestDatabase database)
    {
        var (gaodu, id) = await SubmittedAsync(database);
        database.User.AsReviewer();
        var submitted = await LoadAsync(database, gaodu);
        database.User.AsReviewer();
        await using var db = database.CreateContext();
        await new ApproveCatalogueHandler(db, database.User, database.Time).Handle(new ApproveCatalogueCommand(id, submitted.Version, null), default);
        return submitted;
    }

    private static async Task<(int OrganisationId, int CatalogueId)> SubmittedAsync(SqliteTestDatabase database)
    {
        var gaodu = await OrganisationAsync(database, "gaodu");
        var shjz = await AreaAsync(database, "shjz");
        database.User.AsClerk(gaodu, "gaodu-clerk");
        int id;
        await using (var db = database.CreateContext())
        {
            id = await new StartTownshipCatalogueHandler(db, database.User).Handle(new StartTownshipCatalogueCommand(), default);
        }

        await using (var db = database.CreateContext())
        {
            await new AddCatalogueAreaHandler(db, database.User).Handle(new AddCatalogueAreaCommand(shjz), default);
        }

        var version = (await LoadAsync(database, gaodu)).Version;
        database.User.AsClerk(gaodu, "gaodu-clerk");
        await using (var db = database.CreateContext())
        {
            await new SubmitCatalogueHandler(db, database.User, database.Time).Handle(new SubmitCatalogueCommand(version), default);
        }

        return (gaodu, id);
    }

    [Fact]
    public async Task AddArea_SocialAssistance_InheritsSeededTownshipRows()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, _) = await SubmittedAsync(database);

        var catalogue = await LoadAsync(database, gaodu);

        Assert.Equal(CatalogueStatus.Submitted, catalogue.Status);
        Assert.Contains(catalogue.Items, i => i.Level1 == "最低生活保障" && i.Level2 == "审核信息");
        Assert.DoesNotContain(catalogue.Items, i => i.Level2 == "审批信息" && i.Level1 == "最低生活保障");
        Assert.All(catalogue.Items, i => Assert.True(i.Levels.HasFlag(DisclosureLevels.Township)));
    }

    [Fact]
    public async Task Start_ClerkOfCountyDepartment_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsClerk(await OrganisationAsync(database, "mzj"));
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new StartTownshipCatalogueHandler(db, database.User).Handle(new StartTownshipCatalogueCommand(), default));
    }

    [Fact]
    public async Task Approve_ByClerk_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, id) = await SubmittedAsync(database);
        database.User.AsClerk(gaodu);
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new ApproveCatalogueHandler(db, database.User, database.Time).Handle(new ApproveCatalogueCommand(id, 3, null), default));
    }

    [Fact]
    public async Task SaveItem_ByReviewer_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await SubmittedAsync(database);
        database.User.AsReviewer();
        await using var db = database.CreateContext();
        var fields = CatalogueItemFields.From(new CatalogueItemContent(
            "概况信息", "乡镇简介", null, "行政区划、人口", null, "20个工作日内", "高都镇人民政府",
            DisclosureChannels.GovernmentWebsite, DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, DisclosureLevels.Township));

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new SaveCatalogueItemHandler(db, database.User).Handle(new SaveCatalogueItemCommand(null, null, null, fields), default));
    }

    [Fact]
    public async Task GetMine_ClerkOfAnotherTownship_SeesNothingOfGaodu()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await SubmittedAsync(database);
        database.User.AsClerk(await OrganisationAsync(database, "bagong"));
        await using var db = database.CreateContext();

        var mine = await new GetMyCatalogueHandler(db, database.User).Handle(new GetMyCatalogueQuery(), default);

        Assert.Null(mine);
    }

    [Fact]
    public async Task ReturnThenResubmitThenApprove_PublishesVersionOneWithAuditTrail()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (gaodu, id) = await SubmittedAsync(database);
        var catalogue = await LoadAsync(database, gaodu);
        var commented = catalogue.Items.First();

        database.User.AsReviewer();
        await using (var db = database.CreateContext())
        {
            await new ReturnCatalogueHandler(db, database.User, database.Time).Handle(
                new ReturnCatalogueCommand(id, catalogue.Version, "请补充乡镇共性事项", new Dictionary<int, string> { [commented.Id] = "主体应写高都镇人民政府" }), default);
        }

        var returned = await LoadAsync(database, gaodu);
        Assert.Equal(CatalogueStatus.Returned, returned.Status);
        Assert.Equal("主体应写高都镇人民政府", returned.Items.Single(i => i.Id == commented.Id).ReviewComment);

        database.User.AsClerk(gaodu, "gaodu-clerk");
        await using (var db = database.CreateContext())
        {
            await new SaveCatalogueItemHandler(db, database.User).Handle(new SaveCatalogueItemCommand(commented.Id, null, returned.Version,
                CatalogueItemFields.From(commented.ToContent() with { Subject = "高都镇人民政府" })), default);
        }

        var edited = await LoadAsync(database, gaodu);
        Assert.Equal(returned.Version + 1, edited.Version);
        database.User.AsClerk(gaodu, "gaodu-clerk");
        await using (var db = database.CreateContext())
        {
            await new SubmitCatalogueHandler(db, database.User, database.Time).Handle(new SubmitCatalogueCommand(edited.Version), default);
        }

        database.User.AsReviewer();
        var submitted = await LoadAsync(database, gaodu);
        database.User.AsReviewer();
        int number;
        await using (var db = database.CreateContext())
        {
            number = await new ApproveCatalogueHandler(db, database.User, database.Time).Handle(
                new ApproveCatalogueCommand(id, submitted.Version, new DateOnly(2026, 12, 1)), default);
        }

        Assert.Equal(1, number);
        await using var check = database.CreateContext();
        var published = await new GetPublishedCatalogueHandler(check).Handle(new GetPublishedCatalogueQuery("gaodu", null, null), default);
        Assert.Equal(new DateOnly(2026, 12, 1), published.Current!.EffectiveFrom);
        Assert.Contains(published.Rows, r => r.Content.Subject == "高都镇人民政府" && r.AreaName == "社会救助");
        var actions = await check.AuditEntries.Where(a => a.EntityType == nameof(TownshipCatalogue)).Select(a => a.Action).ToListAsync();
        Assert.Equal([CatalogueAuditActions.Start, CatalogueAuditActions.AddArea, CatalogueAuditActions.Submit, CatalogueAuditActions.Return, CatalogueAuditActions.EditItem, CatalogueAuditActions.Submit, CatalogueAuditActions.Approve], actions);
    }

    [Fact]
    public async Task GetPublishedItem_RowOfTheCurrentVersion_IsThatRowAloneAndUnknownIdIsNotFound()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var submitted = await ApprovedAsync(database);

        await using var check = database.CreateContext();
        var published = await new GetPublishedCatalogueHandler(check).Handle(new GetPublishedCatalogueQuery("gaodu", null, null), default);
        var wanted = published.Rows[^1];
        Assert.Contains(submitted.Items, i => i.Id == wanted.ItemId);

        var item = await new GetPublishedCatalogueItemHandler(check).Handle(new GetPublishedCatalogueItemQuery("gaodu", wanted.ItemId), default);

        Assert.Equal(wanted.Number, item.Row.Number);
        Assert.Equal(wanted.Content, item.Row.Content);
        Assert.Equal(1, item.Version.Number);
        Assert.Equal("gaodu", item.OrganisationSlug);
        var unknown = submitted.Items.Max(i => i.Id) + 1000;
        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await new GetPublishedCatalogueItemHandler(check).Handle(new GetPublishedCatalogueItemQuery("gaodu", unknown), default));
    }

    [Fact]
    public async Task Approve_StaleVersion_IsRefusedByTheConcurrencyToken()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (_, id) = await SubmittedAsync(database);
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        // The transaction behaviour turns this into ConflictException (409) in the pipeline.
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await new ApproveCatalogueHandler(db, database.User, database.Time).Handle(new ApproveCatalogueCommand(id, 1, null), default));
    }

    [Fact]
    public async Task SaveTemplateItem_ClerkOfResponsibleDepartment_RaisesRevision()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var shjz = await AreaAsync(database, "shjz");
        database.User.AsClerk(await OrganisationAsync(database, "mzj"), "mzj-clerk");
        var fields = CatalogueItemFields.From(new CatalogueItemContent(
            "临时救助", "急难型临时救助", null, "先行救助的条件、程序", null, "制定或获取信息之日起10个工作日内", "乡镇人民政府",
            DisclosureChannels.GovernmentWebsite, DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, DisclosureLevels.Township));
        await using var db = database.CreateContext();

        var revision = await new SaveTemplateItemHandler(db, database.User).Handle(new SaveTemplateItemCommand(shjz, 1, null, fields), default);

        Assert.Equal(2, revision);
    }

    [Fact]
    public async Task Rebase_AfterDepartmentAddsTownshipRow_TownshipInheritsItWithoutConflicts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        var shjz = await AreaAsync(database, "shjz");
        database.User.AsClerk(gaodu);
        await using (var db = database.CreateContext())
        {
            await new StartTownshipCatalogueHandler(db, database.User).Handle(new StartTownshipCatalogueCommand(), default);
        }

        await using (var db = database.CreateContext())
        {
            await new AddCatalogueAreaHandler(db, database.User).Handle(new AddCatalogueAreaCommand(shjz), default);
        }

        database.User.AsClerk(await OrganisationAsync(database, "mzj"));
        await using (var db = database.CreateContext())
        {
            await new SaveTemplateItemHandler(db, database.User).Handle(new SaveTemplateItemCommand(shjz, 1, null, CatalogueItemFields.From(new CatalogueItemContent(
                "临时救助", "急难型临时救助", null, "先行救助的条件、程序", null, "制定或获取信息之日起10个工作日内", "乡镇人民政府",
                DisclosureChannels.GovernmentWebsite, DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, DisclosureLevels.Township))), default);
        }

        database.User.AsClerk(gaodu);
        IReadOnlyList<string> conflicts;
        await using (var db = database.CreateContext())
        {
            conflicts = await new RebaseCatalogueAreaHandler(db, database.User).Handle(new RebaseCatalogueAreaCommand(shjz), default);
        }

        Assert.Empty(conflicts);
        var catalogue = await LoadAsync(database, gaodu);
        Assert.Contains(catalogue.Items, i => i.Level2 == "急难型临时救助" && !i.IsLocal);
        Assert.Equal(2, catalogue.Areas.Single().TemplateRevision);
    }

    [Fact]
    public async Task SaveTemplateItem_ClerkOfOtherDepartment_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var shjz = await AreaAsync(database, "shjz");
        database.User.AsClerk(await OrganisationAsync(database, "jyj"));
        var fields = CatalogueItemFields.From(new CatalogueItemContent(
            "a", "b", null, "c", null, "及时公开", "d", DisclosureChannels.Other, DisclosureAudience.Public,
            CatalogueDisclosureMode.Proactive, DisclosureLevels.County));
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new SaveTemplateItemHandler(db, database.User).Handle(new SaveTemplateItemCommand(shjz, 1, null, fields), default));
    }

    [Fact]
    public void Validator_EmptyRow_ReportsEachField()
    {
        var result = new SaveCatalogueItemValidator().Validate(new SaveCatalogueItemCommand(null, null, null,
            new CatalogueItemFields(null, null, null, null, null, null, null, null, null, null, false, false)));

        Assert.Contains(result.Errors, e => e.PropertyName == "Fields.Level1" && e.ErrorMessage == "一级事项不能为空。");
        Assert.Contains(result.Errors, e => e.PropertyName == "Fields.Channels");
        Assert.Contains(result.Errors, e => e.PropertyName == "Fields.Township");
    }

    [Fact]
    public async Task GetPublished_RowSelection_OverviewReadsNoRowsAndAnAreaOnlyItsOwnWithTheWholeVersionsCounts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await ApprovedAsync(database);

        await using var check = database.CreateContext();
        var handler = new GetPublishedCatalogueHandler(check);
        var all = await handler.Handle(new GetPublishedCatalogueQuery("gaodu", null, null), default);
        var overview = await handler.Handle(new GetPublishedCatalogueQuery("gaodu", null, null, CatalogueRowSelection.None), default);
        var area = await handler.Handle(new GetPublishedCatalogueQuery("gaodu", null, null, CatalogueRowSelection.Area, "shjz"), default);
        var unknown = await handler.Handle(new GetPublishedCatalogueQuery("gaodu", null, null, CatalogueRowSelection.Area, "nosuch"), default);
        var searched = await handler.Handle(new GetPublishedCatalogueQuery("gaodu", null, "救助", CatalogueRowSelection.None), default);

        Assert.NotEmpty(all.Rows);
        Assert.All(all.Rows, r => Assert.Equal("社会救助", r.AreaName));
        var expected = new PublishedAreaCount("社会救助", all.Rows.Count, all.Rows.Count(r => !r.NotInvolved));
        Assert.Equal([expected], all.AreaCounts!);
        Assert.Empty(overview.Rows);
        Assert.Equal([expected], overview.AreaCounts!);
        Assert.Equal(all.TotalRows, overview.TotalRows);
        Assert.Equal(all.Rows.Select(r => (r.Number, r.ItemId, r.Content)), area.Rows.Select(r => (r.Number, r.ItemId, r.Content)));
        Assert.Equal([expected], area.AreaCounts!);
        Assert.Empty(unknown.Rows);
        Assert.Equal(all.TotalRows, unknown.TotalRows);
        Assert.NotEmpty(searched.Rows); // a keyword searches every row whatever the selection
        Assert.Equal(all.Rows.Count, searched.Rows.Count); // every row is in 社会救助, so the keyword matches each
    }
}
