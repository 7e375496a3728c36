using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.ServiceItems;

public class ServiceGuideDiffTests
{
    private static ServiceGuide Keyed()
    {
        var guide = ServiceGuideBuilder.Typical();
        return guide with { Materials = [guide.Materials[0] with { Key = 1 }, guide.Materials[1] with { Key = 2 }] };
    }

    [Fact]
    public void Compare_Same_HasNoChanges() => Assert.Empty(ServiceGuideDiff.Compare(Keyed(), Keyed()));

    [Fact]
    public void Compare_NoPrevious_IsFirstPublication() => Assert.Equal(["首次发布"], ServiceGuideDiff.Compare(null, Keyed()));

    [Fact]
    public void Compare_MaterialsAddedRemovedChanged_NamesEach()
    {
        var before = Keyed();
        var after = before with
        {
            Materials = [before.Materials[0] with { Copies = 2 }, new ServiceMaterial(3, "身份证", MaterialForm.Copy, 1, MaterialMedium.Paper, null)],
        };

        Assert.Equal(
            ["申请材料：新增“身份证”", "申请材料：删除“最低生活保障申请表”", "申请材料：修改“户口簿”"],
            ServiceGuideDiff.Compare(before, after));
    }

    [Fact]
    public void Compare_FeeAndOnlineLevel_Described()
    {
        var before = Keyed();
        var after = before with { IsFree = false, FeeStandard = "10元", FeeBasis = "依据", OnlineLevel = OnlineLevel.FullyOnline, LegalDays = 25 };

        Assert.Equal(
            ["法定办结时限：30 → 25 个工作日", "收费标准或依据已修改", "网上可办理程度：网上预审 → 全程网办"],
            ServiceGuideDiff.Compare(before, after));
        Assert.Equal(
            ["法定办结时限：25 → 30 个工作日", "收费：改为不收费", "网上可办理程度：全程网办 → 网上预审"],
            ServiceGuideDiff.Compare(after, before));
    }

    [Fact]
    public void Compare_Texts_NamedByElement()
    {
        var before = Keyed();
        var after = before with
        {
            Name = "新名", Type = ServiceItemType.Licence, Basis = "新依据", Conditions = "新条件", Steps = ["一步"], Location = "新地点",
            Hours = "新时间", ConsultPhone = "1", ComplaintPhone = "2", OnlineUrl = "https://a.cn/", Questions = [], Theme = "other",
        };

        Assert.Equal(
            ["事项名称已修改", "事项类型：行政给付 → 行政许可", "设定依据已修改", "受理条件已修改", "办理流程已修改", "办理地点已修改", "办理时间已修改",
             "咨询电话已修改", "监督投诉电话已修改", "网上办理地址已修改", "常见问题已修改", "人生事件或主题分类已修改"],
            ServiceGuideDiff.Compare(before, after));
    }
}
