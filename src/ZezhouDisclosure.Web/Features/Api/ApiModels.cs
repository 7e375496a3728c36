using ZezhouDisclosure.Application.Catalogues;

namespace ZezhouDisclosure.Web.Features.Api;

/// <summary>One page of a list with its total and the links to the neighbouring pages.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, ApiPageLinks Links);

public sealed record ApiPageLinks(string Self, string? First, string? Previous, string? Next, string? Last);

public sealed record ApiOrganisationRef(string Slug, string Name);

public sealed record ApiColumnRef(string Path, string Name);

public sealed record ApiDocumentSummary(
    int Id, string Title, string? IndexNumber, string? DocumentNumber, DateOnly? WrittenOn, DateTime PublishedAt, DateTime? UpdatedAt,
    ApiOrganisationRef Organisation, ApiColumnRef Column, string? Summary, string Url);

public sealed record ApiLinkedDocument(int Id, string Title, string? Form, string Url, string ApiUrl);

public sealed record ApiDocument(
    int Id, string Title, string? IndexNumber, string? DocumentNumber, DateOnly? WrittenOn, DateTime PublishedAt, DateTime? UpdatedAt,
    ApiOrganisationRef Organisation, ApiColumnRef Column, string? TopicCategory, string? Summary, string? Keywords, string? Genre,
    string Validity, bool IsNormative, DateOnly? EffectiveOn, DateOnly? ExpiresOn, string? Attribute, string BodyHtml,
    IReadOnlyList<ApiLinkedDocument> Interpretations, IReadOnlyList<ApiLinkedDocument> Policies, string Url);

public sealed record ApiOrganisation(
    string Slug, string Name, string Kind, string IndexCode, string? StatisticalCode, DateOnly? ValidFrom, DateOnly? ValidTo,
    string? SuccessorSlug, string? Address, string? Phone, string? OfficeHours, string Url);

public sealed record ApiColumn(string Path, string Name, string Kind, string? Description, bool AcceptsDocuments, string Url, IReadOnlyList<ApiColumn> Children);

public sealed record ApiCatalogueSummary(string Township, string TownshipName, int CurrentVersion, DateOnly EffectiveFrom, DateTime ApprovedAt, string Url);

public sealed record ApiCatalogueVersionRef(int Number, DateOnly EffectiveFrom, DateTime ApprovedAt, int ItemCount, string Url);

public sealed record ApiCatalogueItem(
    int Number, string Area, string Level1, string Level2, string? Level3, string Content, string? Basis, string TimeLimit,
    string Subject, string Channels, string Audience, string Mode, string Levels, bool NotInvolved, string? NotInvolvedExplanation,
    IReadOnlyList<ApiLinkedDocument> Documents);

public sealed record ApiCatalogueArea(string Name, bool NotInvolved, string? Explanation);

public sealed record ApiCatalogueVersion(
    string Township, string TownshipName, int Number, bool IsCurrent, DateOnly EffectiveFrom, DateTime ApprovedAt,
    IReadOnlyList<ApiCatalogueVersionRef> History, IReadOnlyList<ApiCatalogueArea> Areas, IReadOnlyList<ApiCatalogueItem> Items);

public sealed record ApiCoverageItem(
    int Number, string Area, string Level1, string Level2, string TimeLimit, int PublishedCount, DateOnly? LatestPublishedOn,
    string? Verdict, DateOnly? DueDate);

public sealed record ApiCoverage(
    string Township, string TownshipName, int Version, int Items, int Covered, int NeverPublished, int Late, int UnfiledDocuments,
    IReadOnlyList<ApiCoverageItem> Rows);

internal static class ApiMapping
{
    public static ApiCoverage ToApi(this TownshipCoverage c) => new(
        c.OrganisationSlug, c.OrganisationName, c.VersionNumber, c.Items.Count, c.Covered, c.NeverPublished, c.Late, c.UnfiledDocuments,
        [.. c.Items.Select(i => new ApiCoverageItem(i.Number, i.AreaName, i.Level1, i.Level2, i.TimeLimit, i.PublishedCount, i.LatestPublishedOn, i.Verdict?.ToString(), i.DueDate))]);
}
