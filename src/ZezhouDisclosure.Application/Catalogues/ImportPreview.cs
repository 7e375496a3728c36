using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>How the importer read one row of a sheet.</summary>
public enum ImportRowStatus
{
    /// <summary>Read as written.</summary>
    Understood = 1,

    /// <summary>Read after the importer changed something (each change is listed).</summary>
    Changed = 2,

    /// <summary>Could not be read; the problems name the cell and the reason.</summary>
    Unreadable = 3,
}

/// <summary>A problem in one cell: its address (e.g. “E7”), the column's name and the reason.</summary>
public sealed record ImportCellProblem(string Cell, string Column, string Reason)
{
    public override string ToString() => $"{Cell}（{Column}）：{Reason}";
}

/// <summary>
/// One data row of a sheet as the importer understood it (<c>RowNumber</c> as Excel counts, from 1): its area (or
/// 乡镇共性事项), the content when readable, the changes the importer made to read it (normalised spaces, filled
/// merged cells, …), warnings (read as written, but worth a look, e.g. an implausible time limit) and the problems
/// that make it unreadable.
/// </summary>
public sealed record ImportPreviewRow(
    string Sheet, int RowNumber, int? PilotAreaId, string AreaName, CatalogueItemContent? Content,
    string? NotInvolvedExplanation, IReadOnlyList<string> Changes, IReadOnlyList<string> Warnings,
    IReadOnlyList<ImportCellProblem> Problems)
{
    public ImportRowStatus Status => Content is null ? ImportRowStatus.Unreadable
        : Changes.Count > 0 ? ImportRowStatus.Changed : ImportRowStatus.Understood;

    /// <summary>Identifies the 事项 within the catalogue: its area and 一级/二级/三级 names.</summary>
    public string? Key => Content is null ? null : AreaName + "｜" + Content.Key;
}

/// <summary>Rows of one area (or the common items) that share the same 事项 names and must be merged or renamed.</summary>
public sealed record ImportDuplicate(string Id, string AreaName, string ItemKey, IReadOnlyList<ImportPreviewRow> Rows);

/// <summary>A whole sheet the importer could not use (unknown area, missing columns), with the reason.</summary>
public sealed record ImportSheetProblem(string Sheet, string Reason);

/// <summary>An area the sheet declares 未涉及, with its explanation.</summary>
public sealed record ImportNotInvolvedArea(int PilotAreaId, string AreaName, string Explanation);

/// <summary>What the importer made of a workbook, before anything is saved.</summary>
public sealed record ImportPreview(
    IReadOnlyList<ImportPreviewRow> Rows, IReadOnlyList<ImportSheetProblem> SheetProblems,
    IReadOnlyList<ImportNotInvolvedArea> NotInvolved)
{
    public IReadOnlyList<ImportDuplicate> Duplicates { get; } = Rows
        .Where(r => r.Key is not null)
        .GroupBy(r => r.Key!)
        .Where(g => g.Count() > 1)
        .Select((g, i) => new ImportDuplicate("d" + (i + 1), g.First().AreaName, g.First().Content!.Key, g.ToList()))
        .ToList();

    public int Count(ImportRowStatus status) => Rows.Count(r => r.Status == status);

    public IEnumerable<ImportPreviewRow> Readable => Rows.Where(r => r.Content is not null);
}

/// <summary>
/// The clerk's answer for one duplicate: merge the rows into one, or give each later row its own 三级事项 (NewNames:
/// for the second, third… row of the group, in order).
/// </summary>
public sealed record DuplicateResolution(string DuplicateId, bool Merge, IReadOnlyList<string?> NewNames);
