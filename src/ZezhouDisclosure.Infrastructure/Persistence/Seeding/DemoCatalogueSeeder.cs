using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo township catalogues (Portal:DemoData only): 高都镇 approved twice (so history and diff show), 巴公镇 and 大阳镇
/// approved, 山河镇 submitted and waiting for the county office. Skipped once any township catalogue exists.
/// </summary>
public sealed class DemoCatalogueSeeder(AppDbContext db, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.TownshipCatalogues.AnyAsync(cancellationToken))
        {
            return;
        }

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        var areas = await db.PilotAreas.ToDictionaryAsync(a => a.Slug, cancellationToken);
        var names = areas.Values.ToDictionary(a => a.Id, a => a.Name);
        var templates = await db.CatalogueTemplates.Include(t => t.Items).ToDictionaryAsync(t => t.PilotAreaId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);

        TownshipCatalogue Compile(string township, string townName, params string[] areaSlugs)
        {
            var catalogue = new TownshipCatalogue(organisations[township]);
            foreach (var slug in areaSlugs)
            {
                catalogue.AddArea(templates[areas[slug].Id]);
            }

            catalogue.AddLocalItem(null, Common(townName, "概况信息", "乡镇简介", "行政区划、人口民族、地理位置、自然资源、历史沿革"));
            catalogue.AddLocalItem(null, Common(townName, "政府文件", "规范性文件", "本镇制定的规范性文件及解读"));
            catalogue.MarkAreaNotInvolved(areas["hjgl"].Id, "户籍业务由县公安局派出所办理，本镇不承担户籍登记职责。");
            db.TownshipCatalogues.Add(catalogue);
            return catalogue;
        }

        void Approve(TownshipCatalogue catalogue, int daysAgo)
        {
            catalogue.Submit(now.AddDays(-daysAgo).AddHours(-3), "demo");
            db.CatalogueVersions.Add(catalogue.Approve(today.AddDays(-daysAgo + 1), names, now.AddDays(-daysAgo), "shenhe"));
        }

        var gaodu = Compile("gaodu", "高都镇", "shjz", "snbt", "czyjs", "ywjy");
        var bagong = Compile("bagong", "巴公镇", "shjz", "ylfw", "czyjs");
        var dayang = Compile("dayang", "大阳镇", "shjz", "snbt");
        var shanhe = Compile("shanhe", "山河镇", "shjz", "ylfw");

        // Item ids are needed for versions to point at their source rows.
        await db.SaveChangesAsync(cancellationToken);
        Approve(gaodu, 60);
        Approve(bagong, 45);
        Approve(dayang, 30);
        shanhe.Submit(now.AddHours(-6), "demo");
        await db.SaveChangesAsync(cancellationToken);

        // 动态调整: 高都镇 adds a local row and adjusts one, approved as version 2.
        gaodu.StartRevision();
        gaodu.AddLocalItem(areas["shjz"].Id, new CatalogueItemContent(
            "临时救助", "急难型临时救助", null, "先行救助的对象、条件、程序、标准；救助结果", "民发〔2018〕23号",
            "制定或获取信息之日起10个工作日内", "高都镇人民政府",
            DisclosureChannels.GovernmentWebsite | DisclosureChannels.NoticeBoard | DisclosureChannels.ConvenienceStation,
            DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, DisclosureLevels.Township));
        var profile = gaodu.Items.First(i => i.Level2 == "乡镇简介");
        gaodu.EditItem(profile.Id, profile.ToContent() with { Content = "行政区划、人口民族、地理位置、自然资源、历史沿革、领导分工" });
        await db.SaveChangesAsync(cancellationToken);
        Approve(gaodu, 10);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static CatalogueItemContent Common(string town, string level1, string level2, string content) =>
        new(level1, level2, null, content, "《中华人民共和国政府信息公开条例》（国务院令第711号）",
            "信息形成或者变更之日起20个工作日内", town + "人民政府", DisclosureChannels.GovernmentWebsite | DisclosureChannels.NoticeBoard,
            DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, DisclosureLevels.Township);
}
