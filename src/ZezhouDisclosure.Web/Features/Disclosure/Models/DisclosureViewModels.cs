using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Features.Disclosure.Models;

public sealed record DisclosureIndexViewModel(IReadOnlyList<ColumnNode> Tree, IReadOnlyList<PublicDocumentRow> Latest);

public sealed record DocumentPageViewModel(PublishedDocument Document, IReadOnlyList<ColumnNode> Breadcrumb);

/// <summary>Helpers over the flat column list.</summary>
public static class ColumnTree
{
    /// <summary>The column and its ancestors, root first.</summary>
    public static IReadOnlyList<ColumnNode> Breadcrumb(IReadOnlyList<ColumnNode> tree, ColumnNode column)
    {
        var trail = new List<ColumnNode>();
        for (var current = column; current is not null; current = tree.FirstOrDefault(c => c.Id == current.ParentId))
        {
            trail.Insert(0, current);
        }

        return trail;
    }

    public static IEnumerable<ColumnNode> ChildrenOf(IReadOnlyList<ColumnNode> tree, int? parentId) =>
        tree.Where(c => c.ParentId == parentId && !c.IsRetired).OrderBy(c => c.SortOrder);
}
