using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Web.Features.Catalogues.Models;

/// <summary>One row of the standard catalogue table (标准目录表).</summary>
public sealed record CatalogueTableRow(
    int Number, string AreaName, CatalogueItemContent Content, bool NotInvolved, string? NotInvolvedExplanation,
    IReadOnlyList<FiledDocument>? Documents = null, int ItemId = 0);

/// <summary>The standard table: header rows as published catalogues use them, grouped by area.</summary>
public sealed record CatalogueTableModel(string Caption, IReadOnlyList<CatalogueTableRow> Rows, string EmptyText)
{
    public bool HasLevel3 => Rows.Any(r => r.Content.Level3 is not null);

    public static CatalogueTableModel Of(string caption, IEnumerable<PublishedRow> rows, string emptyText) =>
        new(caption, rows.Select(r => new CatalogueTableRow(r.Number, r.AreaName, r.Content, r.NotInvolved, r.NotInvolvedExplanation, r.Documents, r.ItemId)).ToList(), emptyText);
}

public sealed record TownshipCatalogueViewModel(PublishedCatalogue Catalogue);

public sealed record CatalogueComparisonViewModel(CatalogueComparison Comparison, IReadOnlyList<CatalogueVersionSummary> History);
