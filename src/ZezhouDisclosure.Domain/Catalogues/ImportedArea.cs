namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>One area of an imported catalogue: null area = the township's common items.</summary>
public sealed record ImportedArea(int? PilotAreaId, CatalogueTemplate? Template, string? NotInvolvedExplanation, IReadOnlyList<ImportedRow> Rows);

public sealed record ImportedRow(CatalogueItemContent Content, string? NotInvolvedExplanation);
