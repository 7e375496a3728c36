using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

internal static class Rows
{
    public static CatalogueItemContent Item(
        string level1 = "最低生活保障", string level2 = "审核信息", DisclosureLevels levels = DisclosureLevels.Township,
        string timeLimit = "制定或获取信息之日起10个工作日内") =>
        new(level1, level2, null, "初审对象名单及相关信息", "《社会救助暂行办法》（国务院令第649号）", timeLimit,
            "乡镇人民政府", DisclosureChannels.GovernmentWebsite | DisclosureChannels.NoticeBoard,
            DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, levels);

    public static CatalogueTemplate Template(int pilotAreaId = 16)
    {
        var template = new CatalogueTemplate(pilotAreaId, false, null);
        template.Seed(Item("综合业务", "政策法规文件", DisclosureLevels.County | DisclosureLevels.Township));
        template.Seed(Item("最低生活保障", "审核信息"));
        template.Seed(Item("最低生活保障", "审批信息", DisclosureLevels.County));
        return template;
    }
}
