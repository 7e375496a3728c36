using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>The xlsx of a township's published catalogue (current version, or the one asked for), in the standard layout.</summary>
public sealed record ExportPublishedCatalogueQuery(string TownshipSlug, int? VersionNumber) : IQuery<(string FileName, byte[] Content)>;

public sealed class ExportPublishedCatalogueHandler(IAppDbContext db, ISpreadsheet spreadsheet)
    : IQueryHandler<ExportPublishedCatalogueQuery, (string FileName, byte[] Content)>
{
    public async ValueTask<(string FileName, byte[] Content)> Handle(ExportPublishedCatalogueQuery query, CancellationToken cancellationToken)
    {
        var published = await new GetPublishedCatalogueHandler(db).Handle(new GetPublishedCatalogueQuery(query.TownshipSlug, query.VersionNumber, null), cancellationToken);
        if (published.Current is null)
        {
            throw new Common.Errors.NotFoundException("该乡镇的标准目录尚未发布。");
        }

        var sheets = CatalogueWorkbook.Sheets(
            published.Rows.Select(r => (r.AreaName, r.Content, r.NotInvolved ? r.NotInvolvedExplanation : null)),
            published.Areas.Where(a => a.NotInvolved).Select(a => (a.Name, a.Explanation ?? "")));
        return ($"{published.OrganisationName}政务公开事项标准目录（第{published.Current.Number}版）.xlsx", spreadsheet.Write(sheets));
    }
}

/// <summary>The clerk's working catalogue as xlsx, to edit offline and import again.</summary>
public sealed record ExportMyCatalogueQuery : IQuery<(string FileName, byte[] Content)>;

public sealed class ExportMyCatalogueHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet)
    : IQueryHandler<ExportMyCatalogueQuery, (string FileName, byte[] Content)>
{
    public async ValueTask<(string FileName, byte[] Content)> Handle(ExportMyCatalogueQuery query, CancellationToken cancellationToken)
    {
        var details = await new GetMyCatalogueHandler(db, currentUser).Handle(new GetMyCatalogueQuery(), cancellationToken)
            ?? throw new Common.Errors.NotFoundException("本乡镇尚未开始编制目录。");
        var sheets = CatalogueWorkbook.Sheets(
            details.Items.Select(i => (i.AreaName, i.Content, i.NotInvolved ? i.NotInvolvedExplanation : null)),
            details.Areas.Where(a => a.NotInvolved).Select(a => (a.Name, a.Explanation ?? "")));
        return ($"{details.OrganisationName}政务公开事项标准目录（工作稿）.xlsx", spreadsheet.Write(sheets));
    }
}

internal static class CatalogueWorkbook
{
    public static IReadOnlyList<Sheet> Sheets(
        IEnumerable<(string Area, CatalogueItemContent Content, string? NotInvolved)> rows, IEnumerable<(string Area, string Explanation)> notInvolved)
    {
        var sheets = rows.GroupBy(r => r.Area)
            .Select(g => new Sheet(g.Key, [.. CatalogueSheetLayout.Header(), .. g.Select((r, i) => CatalogueSheetLayout.Row(i + 1, r.Content, r.NotInvolved))]))
            .ToList();
        var areas = notInvolved.ToList();
        if (areas.Count > 0)
        {
            sheets.Add(new Sheet(CatalogueSheetLayout.NotInvolvedSheet, [["领域", "说明"], .. areas.Select(a => (IReadOnlyList<string?>)[a.Area, a.Explanation])]));
        }

        return sheets;
    }
}
