using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Web.Features.ServiceItems.Models;

/// <summary>One 申请材料 row of the form; a row with no name is ignored.</summary>
public sealed class MaterialRow
{
    public int Key { get; set; }

    public string? Name { get; set; }

    public MaterialForm Form { get; set; } = MaterialForm.Original;

    public int Copies { get; set; } = 1;

    public MaterialMedium Medium { get; set; } = MaterialMedium.Paper;

    public string? Source { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Source);
}

/// <summary>One 常见问题 row; a row with neither question nor answer is ignored.</summary>
public sealed class QuestionRow
{
    public string? Question { get; set; }

    public string? Answer { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Question) && string.IsNullOrWhiteSpace(Answer);
}

/// <summary>
/// The 办事指南 as the clerk types it, field names matching <see cref="ServiceGuide"/> so the rules' errors land on their
/// fields. Fixed numbers of material and question rows (no script needed); 办理流程 one step a line.
/// </summary>
public sealed class ServiceItemForm
{
    public const int MaterialRows = 8;
    public const int QuestionRows = 4;

    public int? Version { get; set; }

    public string? Name { get; set; }

    public ServiceItemType? Type { get; set; }

    public string? Basis { get; set; }

    public string? Conditions { get; set; }

    public List<MaterialRow> Materials { get; set; } = [];

    /// <summary>办理流程, one step a line.</summary>
    public string? Steps { get; set; }

    public int? LegalDays { get; set; }

    public int? PromisedDays { get; set; }

    public bool IsFree { get; set; }

    public string? FeeStandard { get; set; }

    public string? FeeBasis { get; set; }

    public string? Location { get; set; }

    public string? Hours { get; set; }

    public string? ConsultPhone { get; set; }

    public string? ComplaintPhone { get; set; }

    public OnlineLevel? OnlineLevel { get; set; }

    public string? OnlineUrl { get; set; }

    public List<QuestionRow> Questions { get; set; } = [];

    public List<string> LifeEvents { get; set; } = [];

    public string? Theme { get; set; }

    public static ServiceItemForm From(ServiceGuide guide, int? version) => new ServiceItemForm
    {
        Version = version,
        Name = guide.Name,
        Type = guide.Type,
        Basis = guide.Basis,
        Conditions = guide.Conditions,
        Materials = [.. guide.Materials.Select(m => new MaterialRow
        {
            Key = m.Key, Name = m.Name, Form = m.Form, Copies = m.Copies, Medium = m.Medium, Source = m.Source,
        })],
        Steps = string.Join("\n", guide.Steps),
        LegalDays = guide.LegalDays,
        PromisedDays = guide.PromisedDays,
        IsFree = guide.IsFree,
        FeeStandard = guide.FeeStandard,
        FeeBasis = guide.FeeBasis,
        Location = guide.Location,
        Hours = guide.Hours,
        ConsultPhone = guide.ConsultPhone,
        ComplaintPhone = guide.ComplaintPhone,
        OnlineLevel = guide.OnlineLevel,
        OnlineUrl = guide.OnlineUrl,
        Questions = [.. guide.Questions.Select(q => new QuestionRow { Question = q.Question, Answer = q.Answer })],
        LifeEvents = [.. guide.LifeEvents],
        Theme = guide.Theme,
    }.Padded();

    /// <summary>Blank rows up to the fixed counts.</summary>
    public ServiceItemForm Padded()
    {
        while (Materials.Count < MaterialRows)
        {
            Materials.Add(new MaterialRow());
        }

        while (Questions.Count < QuestionRows)
        {
            Questions.Add(new QuestionRow());
        }

        return this;
    }

    /// <summary>Drops blank rows so the rows shown again match the indexes of the errors.</summary>
    public ServiceItemForm Compacted()
    {
        Materials = [.. Materials.Where(m => !m.IsBlank)];
        Questions = [.. Questions.Where(q => !q.IsBlank)];
        return this;
    }

    public ServiceGuide ToGuide() => new()
    {
        Name = Name ?? "",
        Type = Type ?? 0,
        Basis = Basis ?? "",
        Conditions = Conditions ?? "",
        Materials = [.. Materials.Where(m => !m.IsBlank).Select(m => new ServiceMaterial(m.Key, m.Name ?? "", m.Form, m.Copies, m.Medium, m.Source))],
        Steps = [.. (Steps ?? "").Split('\n').Select(s => s.Trim()).Where(s => s.Length > 0)],
        LegalDays = LegalDays ?? 0,
        PromisedDays = PromisedDays ?? -1,
        IsFree = IsFree,
        FeeStandard = FeeStandard,
        FeeBasis = FeeBasis,
        Location = Location ?? "",
        Hours = Hours ?? "",
        ConsultPhone = ConsultPhone ?? "",
        ComplaintPhone = ComplaintPhone ?? "",
        OnlineLevel = OnlineLevel ?? 0,
        OnlineUrl = OnlineUrl,
        Questions = [.. Questions.Where(q => !q.IsBlank).Select(q => new ServiceQuestion(q.Question ?? "", q.Answer ?? ""))],
        LifeEvents = [.. LifeEvents.Where(e => !string.IsNullOrWhiteSpace(e))],
        Theme = Theme ?? "",
    };
}

/// <summary>A decision form (submit, sign-off, review) with the version the user saw.</summary>
public sealed class DecisionForm
{
    public int Version { get; set; }

    public string? Comment { get; set; }

    public string? ChangeNote { get; set; }
}
