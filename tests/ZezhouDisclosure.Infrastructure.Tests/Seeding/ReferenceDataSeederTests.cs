using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Seeding;

/// <summary>Texts the reference data shows to the public say nothing internal, in new and in existing databases.</summary>
public class ReferenceDataSeederTests
{
    [Fact]
    public void InferredTownshipNote_NamesNoInternalDocument()
    {
        Assert.DoesNotContain(".md", ReferenceData.InferredTownshipNote, StringComparison.Ordinal);
        Assert.DoesNotContain("§", ReferenceData.InferredTownshipNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_ExistingDatabaseWithTheRetiredNote_CorrectsItAndKeepsAnAdministratorsNote()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var lizhai = await db.Organisations.SingleAsync(o => o.Slug == "lizhaixiang");
            lizhai.SetProvenance(true, ReferenceData.RetiredTownshipNotes[0]);
            var chuandi = await db.Organisations.SingleAsync(o => o.Slug == "chuandi");
            chuandi.SetProvenance(true, "国家统计局统计用区划代码。设立日期为" + ReferenceData.RetiredTownshipNotes[0]);
            var gaodu = await db.Organisations.SingleAsync(o => o.Slug == "gaodu");
            gaodu.SetProvenance(false, "管理员填写的说明。");
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await new ReferenceDataSeeder(db).SeedAsync(CancellationToken.None);
        }

        await using (var db = database.CreateContext())
        {
            var notes = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.SourceNote);
            Assert.Equal(ReferenceData.InferredTownshipNote, notes["lizhaixiang"]);
            Assert.Equal("国家统计局统计用区划代码。设立日期为" + ReferenceData.InferredTownshipNote, notes["chuandi"]);
            Assert.Equal("管理员填写的说明。", notes["gaodu"]);
            Assert.DoesNotContain(notes.Values, n => n?.Contains("domain.md", StringComparison.Ordinal) == true);
        }
    }
}
