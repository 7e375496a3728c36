using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;
using ZezhouDisclosure.TestKit.Data;
using static ZezhouDisclosure.Domain.Catalogues.DisclosureChannels;

namespace ZezhouDisclosure.Infrastructure.Tests.Seeding;

public class CatalogueTemplateSeederTests
{
    private static readonly CatalogueItemContent Generic = new(
        "政策文件", "法律法规及规范性文件", null, "相关法律、法规", "《中华人民共和国政府信息公开条例》", "20个工作日内",
        "县级主管部门", GovernmentWebsite, DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, DisclosureLevels.Township);

    [Fact]
    public async Task Seed_FreshDatabase_EveryAreaHasGuidelineRowsWithNamedSource()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var templates = await db.CatalogueTemplates.Include(t => t.Items).ToListAsync();

        Assert.Equal(26, templates.Count);
        Assert.All(templates, t =>
        {
            Assert.False(t.NeedsCompletion);
            Assert.Matches("^依据.+《.+》", t.Note);
            Assert.InRange(t.Items.Count, 3, 12);
            Assert.Equal(t.Items.Count, t.Items.Select(i => i.ToContent().Key).Distinct().Count());
        });
    }

    [Fact]
    public void Data_EveryPilotArea_HasRealRowsWithBasisAndNoPlaceholder()
    {
        Assert.Equal(26, CatalogueTemplateData.Areas.Count);
        foreach (var (_, slug, name, _, _) in ReferenceData.PilotAreas)
        {
            var (note, rows) = CatalogueTemplateData.For(slug);
            Assert.Contains("指引", note);
            Assert.All(rows, r =>
            {
                Assert.Empty(r.Problems());
                Assert.Contains("《", r.Basis);
                Assert.DoesNotContain("待完善", r.Content + r.Basis + r.Subject + r.TimeLimit + note);
                Assert.DoesNotContain(name + "领域相关", r.Content);
            });
        }
    }

    [Fact]
    public async Task Seed_UneditedGenericTemplate_ReplacedByGuidelineRowsAsNewRevision()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        int areaId;
        await using (var db = database.CreateContext())
        {
            var area = await db.PilotAreas.SingleAsync(a => a.Slug == "jiuye");
            areaId = area.Id;
            db.CatalogueTemplates.Remove(await db.CatalogueTemplates.SingleAsync(t => t.PilotAreaId == areaId));
            await db.SaveChangesAsync();
            var legacy = new CatalogueTemplate(areaId, true, "通用结构");
            legacy.Seed(Generic);
            legacy.RecordRevision("初始版本（通用结构）");
            db.CatalogueTemplates.Add(legacy);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await new CatalogueTemplateSeeder(db).SeedAsync(CancellationToken.None);
        }

        await using var check = database.CreateContext();
        var template = await check.CatalogueTemplates.Include(t => t.Items).Include(t => t.Revisions).SingleAsync(t => t.PilotAreaId == areaId);
        Assert.False(template.NeedsCompletion);
        Assert.Equal(2, template.Revision);
        Assert.Equal([1, 2], template.Revisions.Select(r => r.Revision).Order());
        Assert.True(template.Items.Single(i => i.Number == 1).IsWithdrawn);
        Assert.Equal(CatalogueTemplateData.For("jiuye").Rows.Count, template.Items.Count(i => !i.IsWithdrawn));
        Assert.Contains("人力资源社会保障部", template.Note);
    }

    [Fact]
    public async Task Seed_EditedGenericTemplate_KeepsDepartmentEdits()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        int areaId;
        await using (var db = database.CreateContext())
        {
            areaId = (await db.PilotAreas.SingleAsync(a => a.Slug == "shbx")).Id;
            db.CatalogueTemplates.Remove(await db.CatalogueTemplates.SingleAsync(t => t.PilotAreaId == areaId));
            await db.SaveChangesAsync();
            var legacy = new CatalogueTemplate(areaId, true, "通用结构");
            legacy.Seed(Generic);
            legacy.RecordRevision("初始版本（通用结构）");
            legacy.AddItem(Generic with { Level2 = "本县补充事项" });
            db.CatalogueTemplates.Add(legacy);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await new CatalogueTemplateSeeder(db).SeedAsync(CancellationToken.None);
        }

        await using var check = database.CreateContext();
        var template = await check.CatalogueTemplates.Include(t => t.Items).SingleAsync(t => t.PilotAreaId == areaId);
        Assert.True(template.NeedsCompletion);
        Assert.Equal(2, template.Revision);
        Assert.Equal(2, template.Items.Count);
        Assert.Equal(26, await check.CatalogueTemplates.CountAsync());
    }
}
