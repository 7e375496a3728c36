using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

public class RebaseTests
{
    private static void GiveIds(CatalogueTemplate template)
    {
        var id = Math.Max(100, template.Items.Max(i => i.Id));
        foreach (var item in template.Items.Where(i => i.Id == 0))
        {
            typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(item, ++id);
        }
    }

    private static (CatalogueTemplate Template, TownshipCatalogue Catalogue) Adopted()
    {
        var template = Rows.Template();
        GiveIds(template);
        var catalogue = new TownshipCatalogue(7);
        catalogue.AddArea(template);
        var id = 1;
        foreach (var item in catalogue.Items)
        {
            typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(item, id++);
        }

        return (template, catalogue);
    }

    [Fact]
    public void Rebase_UntouchedRowChangedInTemplate_FollowsTemplate()
    {
        var (template, catalogue) = Adopted();
        var row = template.Items[1];
        template.EditItem(row.Id, row.ToContent() with { Subject = "乡镇人民政府（街道办事处）" });

        var conflicts = catalogue.Rebase(template);

        Assert.Empty(conflicts);
        Assert.Equal("乡镇人民政府（街道办事处）", catalogue.Items.Single(i => i.TemplateItemId == row.Id).Subject);
        Assert.Equal(2, catalogue.Areas.Single().TemplateRevision);
    }

    [Fact]
    public void Rebase_LocallyEditedRowChangedInTemplate_KeepsLocalAndReportsConflict()
    {
        var (template, catalogue) = Adopted();
        var row = template.Items[1];
        var mine = catalogue.Items.Single(i => i.TemplateItemId == row.Id);
        catalogue.EditItem(mine.Id, mine.ToContent() with { Subject = "高都镇人民政府" });
        template.EditItem(row.Id, row.ToContent() with { Subject = "乡镇人民政府（街道办事处）" });

        var conflict = Assert.Single(catalogue.Rebase(template));

        Assert.Contains("最低生活保障／审核信息", conflict);
        Assert.Equal("高都镇人民政府", mine.Subject);
    }

    [Fact]
    public void Rebase_NewTownshipRowAndWithdrawnRow_AddsOneAndReportsTheOther()
    {
        var (template, catalogue) = Adopted();
        template.AddItem(Rows.Item("临时救助", "审核审批信息"));
        GiveIds(template);
        template.RemoveItem(template.Items[1].Id);

        var conflicts = catalogue.Rebase(template);

        Assert.Contains(catalogue.Items, i => i.Level1 == "临时救助" && i.TemplateItemId == template.Items[3].Id);
        Assert.Contains(catalogue.Items, i => i.Level1 == "最低生活保障" && i.Level2 == "审核信息");
        Assert.Contains("已从标准指引中删除", Assert.Single(conflicts));
        Assert.Equal(template.Revision, catalogue.Areas.Single().TemplateRevision);
    }

    [Fact]
    public void Rebase_Submitted_IsRejected()
    {
        var (template, catalogue) = Adopted();
        catalogue.Submit(DateTime.UtcNow, "clerk");

        Assert.Throws<DomainException>(() => catalogue.Rebase(template));
    }
}
