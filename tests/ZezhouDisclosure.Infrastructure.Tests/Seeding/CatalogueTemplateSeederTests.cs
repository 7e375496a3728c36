using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Seeding;

public class CatalogueTemplateSeederTests
{
    [Fact]
    public async Task Seed_FreshDatabase_CreatesAllTwentySixTemplates()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var templates = await db.CatalogueTemplates.Include(t => t.Items).ToListAsync();

        Assert.Equal(26, templates.Count);
        Assert.Equal(8, templates.Count(t => !t.NeedsCompletion));
        Assert.All(templates.Where(t => t.NeedsCompletion), t => Assert.StartsWith("待责任单位完善", t.Note));
        Assert.All(templates, t => Assert.NotEmpty(t.Items));
    }

    [Fact]
    public async Task Seed_Twice_KeepsDepartmentEdits()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var template = await db.CatalogueTemplates.Include(t => t.Items).FirstAsync(t => t.NeedsCompletion);
            template.MarkCompleted("已对照指引完善");
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await new CatalogueTemplateSeeder(db).SeedAsync(CancellationToken.None);
        }

        await using var check = database.CreateContext();
        Assert.Equal(26, await check.CatalogueTemplates.CountAsync());
        Assert.Equal(9, await check.CatalogueTemplates.CountAsync(t => !t.NeedsCompletion));
    }
}
