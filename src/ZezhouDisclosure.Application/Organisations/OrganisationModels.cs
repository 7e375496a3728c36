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

    public string KindName => Kind switch
    {
        OrganisationKind.CountyGovernment => "县人民政府",
        OrganisationKind.CountyOffice => "县政府办公室",
        OrganisationKind.Department => "县直部门",
        OrganisationKind.Township => "乡镇",
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
