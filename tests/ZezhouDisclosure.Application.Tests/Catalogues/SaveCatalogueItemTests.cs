using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Catalogues;

/// <summary>Row edits against the catalogue's concurrency token: a save built from a stale version overwrites nothing.</summary>
public class SaveCatalogueItemTests
{
    /// <summary>高都镇's clerk has a draft with 社会救助 adopted; returns the catalogue as the database holds it.</summary>
    private static async Task<TownshipCatalogue> DraftAsync(SqliteTestDatabase database)
    {
        int gaodu, shjz;
        await using (var db = database.CreateContext())
        {
            gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
            shjz = await db.PilotAreas.Where(a => a.Slug == "shjz").Select(a => a.Id).SingleAsync();
        }

        database.User.AsClerk(gaodu, "gaodu-clerk");
        await using (var db = database.CreateContext())
        {
            await new StartTownshipCatalogueHandler(db, database.User).Handle(new StartTownshipCatalogueCommand(), default);
        }

        await using (var db = database.CreateContext())
        {
            await new AddCatalogueAreaHandler(db, database.User).Handle(new AddCatalogueAreaCommand(shjz), default);
        }

        return await LoadAsync(database);
    }

    private static async Task<TownshipCatalogue> LoadAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.TownshipCatalogues.AsNoTracking().Include(c => c.Items).SingleAsync();
    }

    private static async Task SaveAsync(SqliteTestDatabase database, TownshipCatalogueItem row, int version, string subject)
    {
        await using var db = database.CreateContext();
        await new SaveCatalogueItemHandler(db, database.User).Handle(
            new SaveCatalogueItemCommand(row.Id, null, version, CatalogueItemFields.From(row.ToContent() with { Subject = subject })), default);
    }

    [Fact]
    public async Task SaveItem_SecondSaveFromTheSameStaleForm_IsRefusedAndTheFirstSaveSurvives()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var loaded = await DraftAsync(database);
        var row = loaded.Items.OrderBy(i => i.Number).First();

        await SaveAsync(database, row, loaded.Version, "高都镇人民政府（第一位）");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => SaveAsync(database, row, loaded.Version, "高都镇人民政府（第二位）"));

        var after = await LoadAsync(database);
        Assert.Equal("高都镇人民政府（第一位）", after.Items.Single(i => i.Id == row.Id).Subject);
        Assert.Equal(loaded.Version + 1, after.Version);
    }

    [Fact]
    public async Task SaveItem_AfterAnotherRowWasMarkedNotInvolved_IsRefusedAsStale()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var loaded = await DraftAsync(database);
        var rows = loaded.Items.OrderBy(i => i.Number).ToList();
        await using (var db = database.CreateContext())
        {
            await new SetCatalogueItemInvolvementHandler(db, database.User).Handle(
                new SetCatalogueItemInvolvementCommand(rows[1].Id, true, "本镇未设立该事项。"), default);
        }

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => SaveAsync(database, rows[0], loaded.Version, "高都镇人民政府"));

        var after = await LoadAsync(database);
        Assert.Equal(rows[0].Subject, after.Items.Single(i => i.Id == rows[0].Id).Subject);
        Assert.True(after.Items.Single(i => i.Id == rows[1].Id).NotInvolved);
    }

    [Fact]
    public void Validator_EditWithoutVersion_IsRejected()
    {
        var row = new CatalogueItemContent("概况信息", "乡镇简介", null, "行政区划、人口", null, "20个工作日内", "高都镇人民政府",
            DisclosureChannels.GovernmentWebsite, DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, DisclosureLevels.Township);

        var result = new SaveCatalogueItemValidator().Validate(new SaveCatalogueItemCommand(5, null, null, CatalogueItemFields.From(row)));

        Assert.Contains(result.Errors, e => e.PropertyName == "Version");
    }
}
