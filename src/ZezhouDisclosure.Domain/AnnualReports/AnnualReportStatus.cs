namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>Where an annual report is: 起草 → 单位审核 → 县政务公开办审核 → 发布; 已更正 once a newer edition replaced it.</summary>
public enum AnnualReportStatus
{
    /// <summary>起草: the unit's clerk writes it.</summary>
    Draft = 1,

    /// <summary>待单位审核: the unit head signs it off.</summary>
    AwaitingUnit = 2,

    /// <summary>待县政务公开办审核.</summary>
    AwaitingCounty = 3,

    /// <summary>已发布.</summary>
    Published = 4,

    /// <summary>已更正: a newer edition was published; this one stays readable, marked superseded.</summary>
    Superseded = 5,
}

public static class AnnualReportStatuses
{
    public static string Label(AnnualReportStatus status) => status switch
    {
        AnnualReportStatus.Draft => "起草",
        AnnualReportStatus.AwaitingUnit => "待单位审核",
        AnnualReportStatus.AwaitingCounty => "待县政务公开办审核",
        AnnualReportStatus.Published => "已发布",
        _ => "已更正（旧版本）",
    };
}
