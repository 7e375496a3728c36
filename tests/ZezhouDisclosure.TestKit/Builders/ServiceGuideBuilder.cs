using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.TestKit.Builders;

/// <summary>A complete, valid 办事指南 (a typical township item with two materials) to vary in tests.</summary>
public static class ServiceGuideBuilder
{
    public static ServiceGuide Typical(string name = "最低生活保障申请") => new()
    {
        Name = name,
        Type = ServiceItemType.Benefit,
        Basis = "《社会救助暂行办法》第九条至第十二条",
        Conditions = "户籍在本镇，家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合规定。",
        Materials =
        [
            new ServiceMaterial(0, "户口簿", MaterialForm.OriginalAndCopy, 1, MaterialMedium.Paper, "申请人自备"),
            new ServiceMaterial(0, "最低生活保障申请表", MaterialForm.Original, 1, MaterialMedium.Paper, "窗口领取或网站下载"),
        ],
        Steps = ["提出申请", "受理审查", "入户调查", "民主评议", "审核确认"],
        LegalDays = 30,
        PromisedDays = 20,
        IsFree = true,
        Location = "高都镇便民服务中心一楼综合窗口",
        Hours = "工作日 8:30-12:00，14:30-17:30",
        ConsultPhone = "0356-3000000",
        ComplaintPhone = "12345",
        OnlineLevel = OnlineLevel.OnlinePreReview,
        OnlineUrl = "https://www.sxzwfw.gov.cn/",
        Questions = [new ServiceQuestion("可以委托他人办理吗？", "可以，受托人须携带委托书和本人身份证。")],
        LifeEvents = ["assistance"],
        Theme = "civil-affairs",
    };
}
