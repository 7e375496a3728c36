namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>
/// One 申请材料 of a 办事指南. <see cref="Key"/> is given by the service item and stays with the material across versions,
/// so its blank form and example (files) stay attached to it when the list is edited.
/// </summary>
public sealed record ServiceMaterial(
    int Key,
    string Name,
    MaterialForm Form,
    int Copies,
    MaterialMedium Medium,
    string? Source);

/// <summary>One Q&amp;A of the 常见问题.</summary>
public sealed record ServiceQuestion(string Question, string Answer);

/// <summary>
/// The elements of a national 办事指南 (the content of a 政务服务事项): what the clerk writes, what the reviewer
/// approves, what a version keeps and what the 一次告知单 prints. Time limits are in working days.
/// </summary>
public sealed record ServiceGuide
{
    /// <summary>事项名称.</summary>
    public string Name { get; init; } = "";

    public ServiceItemType Type { get; init; }

    /// <summary>设定依据.</summary>
    public string Basis { get; init; } = "";

    /// <summary>受理条件.</summary>
    public string Conditions { get; init; } = "";

    public IReadOnlyList<ServiceMaterial> Materials { get; init; } = [];

    /// <summary>办理流程: the steps in order.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>法定办结时限 (working days).</summary>
    public int LegalDays { get; init; }

    /// <summary>承诺办结时限 (working days), at most the legal one.</summary>
    public int PromisedDays { get; init; }

    /// <summary>不收费.</summary>
    public bool IsFree { get; init; } = true;

    /// <summary>收费标准.</summary>
    public string? FeeStandard { get; init; }

    /// <summary>收费依据.</summary>
    public string? FeeBasis { get; init; }

    /// <summary>办理地点.</summary>
    public string Location { get; init; } = "";

    /// <summary>办理时间.</summary>
    public string Hours { get; init; } = "";

    /// <summary>咨询电话.</summary>
    public string ConsultPhone { get; init; } = "";

    /// <summary>监督投诉电话.</summary>
    public string ComplaintPhone { get; init; } = "";

    public OnlineLevel OnlineLevel { get; init; }

    /// <summary>网上办理地址 (required unless 到现场办理).</summary>
    public string? OnlineUrl { get; init; }

    public IReadOnlyList<ServiceQuestion> Questions { get; init; } = [];

    /// <summary>人生事件 codes (<see cref="ServiceCategories.LifeEvents"/>).</summary>
    public IReadOnlyList<string> LifeEvents { get; init; } = [];

    /// <summary>主题 code (<see cref="ServiceCategories.Themes"/>).</summary>
    public string Theme { get; init; } = "other";

    /// <summary>The same guide with every text trimmed and blank optional texts null.</summary>
    public ServiceGuide Normalised() => this with
    {
        Name = Name.Trim(),
        Basis = Basis.Trim(),
        Conditions = Conditions.Trim(),
        Materials = [.. Materials.Select(m => m with { Name = m.Name.Trim(), Source = Blank(m.Source) })],
        Steps = [.. Steps.Select(s => s.Trim()).Where(s => s.Length > 0)],
        FeeStandard = IsFree ? null : Blank(FeeStandard),
        FeeBasis = IsFree ? null : Blank(FeeBasis),
        Location = Location.Trim(),
        Hours = Hours.Trim(),
        ConsultPhone = ConsultPhone.Trim(),
        ComplaintPhone = ComplaintPhone.Trim(),
        OnlineUrl = Blank(OnlineUrl),
        Questions = [.. Questions.Select(q => new ServiceQuestion(q.Question.Trim(), q.Answer.Trim()))],
        LifeEvents = [.. LifeEvents.Distinct(StringComparer.Ordinal)],
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
