using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Columns;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>The public content kind of columns, and what a saved column changes.</summary>
public static class ColumnPublicContent
{
    private static readonly PublicContentKind ColumnKind = new("column");

    extension(PublicContentKind)
    {
        /// <summary>A column (its name is in the navigation, breadcrumbs and its documents' facets).</summary>
        public static PublicContentKind Column => ColumnKind;
    }
}

public sealed class ColumnContentSource : PublicContentSource
{
    public ColumnContentSource()
    {
        Map<Column>(column => [new(PublicContentKind.Column, column.Id, null)]);

        // A moved column's old address now redirects (301) instead of answering 404.
        Map<ColumnFormerPath>(former => [new(PublicContentKind.Column, former.ColumnId, null)]);
    }
}
