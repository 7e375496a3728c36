using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>One row as a page shows it.</summary>
public sealed record CatalogueRow(
    int Id,
    int Number,
    int? PilotAreaId,
    string AreaName,
    CatalogueItemContent Content,
    bool IsLocal,
    bool LocallyEdited,
    bool NotInvolved,
    string? NotInvolvedExplanation,
    string? ReviewComment)
{
    public TimeLimitRule Rule => Content.Rule;
}

public sealed record CatalogueAreaRow(int PilotAreaId, string Name, int TemplateRevision, bool NotInvolved, string? Explanation);

/// <summary>A township's working catalogue for its clerk or a reviewer.</summary>
public sealed record TownshipCatalogueDetails(
    int Id,
    int Version,
    int OrganisationId,
    string OrganisationName,
    string OrganisationSlug,
    CatalogueStatus Status,
    string? ReviewComment,
    DateTime? SubmittedAt,
    string? SubmittedBy,
    DateTime? ReviewedAt,
    string? ReviewedBy,
    int PublishedVersionNumber,
    IReadOnlyList<CatalogueAreaRow> Areas,
    IReadOnlyList<CatalogueRow> Items)
{
    public bool IsEditable => Status is CatalogueStatus.Draft or CatalogueStatus.Returned;

    /// <summary>What the current user may do with this catalogue now, as the entity decides (<see cref="TownshipCatalogue.Allowed"/>).</summary>
    public AllowedCatalogueActions Allowed { get; init; } = AllowedCatalogueActions.None;
}

public sealed record PilotAreaOption(int Id, string Slug, string Name, bool TemplateNeedsCompletion, int TemplateRevision);
