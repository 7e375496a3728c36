using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Models;

/// <summary>The standard list table: 索引号 | 标题 | (发布机构) | 文号 | 发布日期.</summary>
public sealed record DocumentTableModel(
    IReadOnlyList<PublicDocumentRow> Rows, string Caption, bool ShowOrganisation = true, bool ShowCaption = false, string EmptyText = "本栏目暂无信息。");

/// <summary>Builds breadcrumbs for the layout.</summary>
public static class Breadcrumbs
{
    public static IReadOnlyList<(string Name, string? Url)> Of(params (string Name, string? Url)[] items) => items;

    public static IReadOnlyList<(string Name, string? Url)> Of(IEnumerable<ZezhouDisclosure.Application.Portal.ColumnNode> columns, params (string Name, string? Url)[] tail) =>
        columns.Select(c => (c.Name, (string?)("/" + c.Path))).Concat(tail).ToList();
}
