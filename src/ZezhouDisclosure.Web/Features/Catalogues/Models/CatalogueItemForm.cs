using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Web.Features.Catalogues.Models;

/// <summary>The catalogue row form (posted under the prefix <c>Fields</c>, so errors land on the inputs).</summary>
public sealed class CatalogueItemForm
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Level3 { get; set; }

    public string? Content { get; set; }

    public string? Basis { get; set; }

    public string? TimeLimit { get; set; }

    public string? Subject { get; set; }

    public List<DisclosureChannels> Channels { get; set; } = [];

    public DisclosureAudience? Audience { get; set; } = DisclosureAudience.Public;

    public CatalogueDisclosureMode? Mode { get; set; } = CatalogueDisclosureMode.Proactive;

    public bool County { get; set; }

    public bool Township { get; set; }

    public CatalogueItemFields ToFields() =>
        new(Level1, Level2, Level3, Content, Basis, TimeLimit, Subject, Channels, Audience, Mode, County, Township);

    public static CatalogueItemForm From(CatalogueItemContent content)
    {
        var fields = CatalogueItemFields.From(content);
        return new CatalogueItemForm
        {
            Level1 = fields.Level1, Level2 = fields.Level2, Level3 = fields.Level3, Content = fields.Content, Basis = fields.Basis,
            TimeLimit = fields.TimeLimit, Subject = fields.Subject, Channels = [.. fields.Channels ?? []], Audience = fields.Audience,
            Mode = fields.Mode, County = fields.County, Township = fields.Township,
        };
    }
}

/// <summary>The row editor: which row (null = new), which area (null = the township's common items), the form.</summary>
public sealed record CatalogueItemEditViewModel(string Title, string Action, int? ItemId, int? PilotAreaId, string AreaName, CatalogueItemForm Fields, string? ReviewComment, string BackUrl, int? Version = null)
{
    /// <summary>Why the save was refused because somebody saved first (the form keeps what this user typed).</summary>
    public string? Conflict { get; init; }

    /// <summary>The row as it is saved now, shown beside the user's text after a conflict.</summary>
    public CatalogueItemContent? Current { get; init; }
}

public sealed record MyCatalogueViewModel(
    TownshipCatalogueDetails? Catalogue, IReadOnlyList<CatalogueTemplateSummary> Templates,
    IReadOnlyList<ZezhouDisclosure.Application.Documents.StaffDocumentRow>? Documents = null);

public sealed record CatalogueReviewViewModel(TownshipCatalogueDetails Catalogue, string? Comment = null);

/// <summary>The coverage dashboard with the filters it was asked for and their choices.</summary>
public sealed record CatalogueCoverageViewModel(
    IReadOnlyList<TownshipCoverage> Townships, CoverageFilterOptions Options, string? Township, string? Area, CoverageStatus? Status)
{
    public bool Filtered => Township is not null || Area is not null || Status is not null;

    /// <summary>
    /// The export link's query string: the same filters, so the file holds exactly what the page shows (a query string,
    /// not route values, because the filter "area" would be taken for the MVC area).
    /// </summary>
    public string ExportQuery
    {
        get
        {
            var query = new List<string>();
            if (Township is not null) { query.Add("township=" + Uri.EscapeDataString(Township)); }
            if (Area is not null) { query.Add("area=" + Uri.EscapeDataString(Area)); }
            if (Status is not null) { query.Add("status=" + Status); }
            return query.Count == 0 ? "" : "?" + string.Join("&", query);
        }
    }
}
