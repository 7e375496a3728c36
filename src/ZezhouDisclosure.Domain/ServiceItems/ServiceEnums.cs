namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>事项类型 of a 政务服务事项 (the national 办事指南 categories).</summary>
public enum ServiceItemType
{
    /// <summary>行政许可.</summary>
    Licence = 1,

    /// <summary>行政给付.</summary>
    Benefit = 2,

    /// <summary>行政确认.</summary>
    Confirmation = 3,

    /// <summary>行政裁决.</summary>
    Ruling = 4,

    /// <summary>公共服务.</summary>
    PublicService = 5,

    /// <summary>其他行政权力.</summary>
    Other = 6,
}

/// <summary>网上可办理程度.</summary>
public enum OnlineLevel
{
    /// <summary>全程网办: no visit.</summary>
    FullyOnline = 1,

    /// <summary>网上预审: checked online, then handled at the counter.</summary>
    OnlinePreReview = 2,

    /// <summary>到现场一次: at most one visit.</summary>
    OneVisit = 3,

    /// <summary>到现场办理: not online.</summary>
    OnSite = 4,
}

/// <summary>Whether an 申请材料 is handed in as the original, a copy or both.</summary>
public enum MaterialForm
{
    /// <summary>原件.</summary>
    Original = 1,

    /// <summary>复印件.</summary>
    Copy = 2,

    /// <summary>原件和复印件.</summary>
    OriginalAndCopy = 3,
}

/// <summary>Whether an 申请材料 is on paper, electronic or both.</summary>
public enum MaterialMedium
{
    /// <summary>纸质.</summary>
    Paper = 1,

    /// <summary>电子.</summary>
    Electronic = 2,

    /// <summary>纸质和电子.</summary>
    PaperAndElectronic = 3,
}

/// <summary>Where a service item is in its review (the working copy; the public keeps the last published guide).</summary>
public enum ServiceItemStatus
{
    /// <summary>草稿 (also a published item being revised).</summary>
    Draft = 1,

    /// <summary>待单位审核.</summary>
    AwaitingUnitApproval = 2,

    /// <summary>待审核（县政务公开办）.</summary>
    Submitted = 3,

    /// <summary>已退回.</summary>
    Returned = 4,

    /// <summary>已发布: the working copy is the published guide.</summary>
    Published = 5,
}

/// <summary>The role of a file attached to an 申请材料.</summary>
public enum MaterialFileRole
{
    /// <summary>空白表格.</summary>
    BlankForm = 1,

    /// <summary>示例样表.</summary>
    Example = 2,
}

/// <summary>Chinese labels of the service-item enums (one place for pages, the print and the diff).</summary>
public static class ServiceLabels
{
    public static string Of(ServiceItemType type) => type switch
    {
        ServiceItemType.Licence => "行政许可",
        ServiceItemType.Benefit => "行政给付",
        ServiceItemType.Confirmation => "行政确认",
        ServiceItemType.Ruling => "行政裁决",
        ServiceItemType.PublicService => "公共服务",
        _ => "其他行政权力",
    };

    public static string Of(OnlineLevel level) => level switch
    {
        OnlineLevel.FullyOnline => "全程网办",
        OnlineLevel.OnlinePreReview => "网上预审",
        OnlineLevel.OneVisit => "到现场一次",
        _ => "到现场办理",
    };

    public static string Of(MaterialForm form) => form switch
    {
        MaterialForm.Original => "原件",
        MaterialForm.Copy => "复印件",
        _ => "原件和复印件",
    };

    public static string Of(MaterialMedium medium) => medium switch
    {
        MaterialMedium.Paper => "纸质",
        MaterialMedium.Electronic => "电子",
        _ => "纸质和电子",
    };

    public static string Of(ServiceItemStatus status) => status switch
    {
        ServiceItemStatus.Draft => "草稿",
        ServiceItemStatus.AwaitingUnitApproval => "待单位审核",
        ServiceItemStatus.Submitted => "待审核",
        ServiceItemStatus.Returned => "已退回",
        _ => "已发布",
    };

    public static string Of(MaterialFileRole role) => role == MaterialFileRole.BlankForm ? "空白表格" : "示例样表";
}
