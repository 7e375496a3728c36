namespace ZezhouDisclosure.Domain.Columns;

/// <summary>What a column of the portal is for; drives which page renders it.</summary>
public enum ColumnKind
{
    /// <summary>A section that groups other columns (政府信息公开, 法定主动公开内容).</summary>
    Section = 1,

    /// <summary>政府信息公开指南.</summary>
    Guide = 2,

    /// <summary>政府信息公开制度.</summary>
    Rules = 3,

    /// <summary>A category of 法定主动公开内容 (条例第二十条, 第二十一条).</summary>
    StatutoryCategory = 4,

    /// <summary>政府信息公开工作年度报告.</summary>
    AnnualReport = 5,

    /// <summary>依申请公开.</summary>
    OnRequest = 6,

    /// <summary>政策文件.</summary>
    PolicyDocuments = 7,

    /// <summary>政策解读.</summary>
    PolicyInterpretations = 8,

    /// <summary>基层政务公开 (by township and by pilot area).</summary>
    Grassroots = 9,
}
