using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>An organisation as the public and staff see it.</summary>
public sealed record OrganisationSummary(
    int Id,
    string Slug,
    string Name,
    OrganisationKind Kind,
    string IndexCode,
    string? TownshipType,
    string? StatisticalCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    bool IsInferred,
    string? SourceNote,
    string? SuccessorName,
    string? SuccessorSlug,
    string? Address,
    string? Phone,
    string? OfficeHours)
{
    public bool IsCurrent => ValidTo is null;

    /// <summary>Set when the unit was merged into its successor: its public pages answer 301 to the successor's.</summary>
    public DateOnly? MergedOn { get; init; }

    /// <summary>The township of a village or community.</summary>
    public int? ParentId { get; init; }

    public bool RedirectsToSuccessor => Organisation.RedirectsToSuccessor(MergedOn, SuccessorSlug is null ? null : 0);

    public string KindName => Kind switch
    {
        OrganisationKind.CountyGovernment => "县人民政府",
        OrganisationKind.CountyOffice => "县政府办公室",
        OrganisationKind.Department => "县直部门",
        OrganisationKind.Township => "乡镇",
        OrganisationKind.Village => "村民委员会",
        OrganisationKind.Community => "居民委员会",
        OrganisationKind.OtherBody => "其他单位",
        _ => Kind.ToString(),
    };
}

/// <summary>A pilot area with the units responsible for its standard guideline.</summary>
public sealed record PilotAreaSummary(
    int Id,
    int Number,
    string Slug,
    string Name,
    int AttachmentRow,
    IReadOnlyList<(string Name, string Slug)> ResponsibleUnits);
