using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

public class CatalogueItemContentTests
{
    [Fact]
    public void Problems_CompleteRow_IsEmpty()
    {
        Assert.Empty(Rows.Item().Problems());
    }

    [Fact]
    public void Problems_EmptyRow_NamesEveryMissingColumnInChinese()
    {
        var row = new CatalogueItemContent("", " ", null, "", null, "", "", DisclosureChannels.None, 0, 0, DisclosureLevels.None);

        var messages = row.Problems().Select(p => p.Message).ToList();

        Assert.Equal(
            ["一级事项不能为空。", "二级事项不能为空。", "公开内容（要素）不能为空。", "公开时限不能为空。", "公开主体不能为空。",
             "请至少勾选一个公开渠道和载体。", "请选择公开对象（全社会或特定群体）。", "请选择公开方式（主动或依申请）。",
             "请至少勾选一个公开层级（县级或乡级）。"],
            messages);
    }

    [Fact]
    public void ChangedColumns_DifferentChannelsAndTimeLimit_ListsThem()
    {
        var before = Rows.Item();
        var after = before with { Channels = DisclosureChannels.GovernmentWebsite, TimeLimit = "20个工作日内" };

        Assert.Equal(["公开时限", "公开渠道和载体"], after.ChangedColumns(before));
    }

    [Fact]
    public void TemplateEditItem_Change_RaisesRevisionAndStampsRow()
    {
        var template = Rows.Template();

        template.EditItem(0, Rows.Item("综合业务", "政策法规文件", DisclosureLevels.Township));

        Assert.Equal(2, template.Revision);
        Assert.Equal(2, template.Items[0].ChangedInRevision);
    }

    [Fact]
    public void TemplateMarkCompleted_NoRows_IsRejected()
    {
        var template = new CatalogueTemplate(1, true, "待完善");

        Assert.Throws<DomainException>(() => template.MarkCompleted(null));
    }
}
