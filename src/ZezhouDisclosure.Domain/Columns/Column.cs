using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Columns;

/// <summary>
/// A column (栏目) of the portal. Columns form a tree; each has a stable lower-case path such as
/// <c>xxgk/fdzdgknr/czyjs</c> that is also its URL. Columns are data: administrators add, rename, move and retire
/// them. The statutory columns (<see cref="IsStatutory"/>) are locked: they can be renamed, described and reordered
/// within their parent, never moved or retired (there is no deleting any column: documents keep their column).
/// </summary>
public class Column : Entity, IAuditable, IVersioned
{
    private Column()
    {
    }

    public Column(Column? parent, string slug, string name, ColumnKind kind, int sortOrder, bool acceptsDocuments)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            throw new DomainException("栏目路径只能包含小写字母、数字和连字符。");
        }

        Parent = parent;
        ParentId = parent?.Id;
        Slug = slug;
        Path = parent is null ? slug : parent.Path + "/" + slug;
        Depth = parent is null ? 0 : parent.Depth + 1;
        Name = name;
        Kind = kind;
        SortOrder = sortOrder;
        AcceptsDocuments = acceptsDocuments;
    }

    public int? ParentId { get; private set; }

    public Column? Parent { get; private set; }

    public string Slug { get; private set; } = "";

    /// <summary>Full lower-case path from the root, e.g. <c>xxgk/fdzdgknr/czyjs</c>.</summary>
    public string Path { get; private set; } = "";

    public int Depth { get; private set; }

    public string Name { get; private set; } = "";

    public ColumnKind Kind { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The article of the 条例 or the notice the column implements, e.g. 条例第二十条第（七）项.</summary>
    public string? LegalBasis { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>Whether documents can be filed directly under this column.</summary>
    public bool AcceptsDocuments { get; private set; }

    /// <summary>
    /// The day (Beijing) the column was retired (停用), or null while in use. A retired column leaves the navigation and
    /// takes no new documents; its page stays readable at its address as an archive, and its documents keep theirs.
    /// </summary>
    public DateOnly? RetiredOn { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    /// <summary>
    /// A column the 条例 or the county's notices require, whose path code refers to (<see cref="ColumnPaths.All"/>):
    /// locked against moving and retiring. Its path never changes, so the test is stable.
    /// </summary>
    public bool IsStatutory => ColumnPaths.All.Contains(Path);

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public void Describe(string? description, string? legalBasis)
    {
        Description = description;
        LegalBasis = legalBasis;
    }

    public void Rename(string name, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("栏目名称不能为空。");
        }

        Name = name.Trim();
        SortOrder = sortOrder;
    }

    /// <summary>
    /// Moves the column under <paramref name="parent"/> at <paramref name="sortOrder"/> (移动): under the same parent
    /// this only reorders it; under another its path and its descendants' paths change, and the paths they leave are
    /// returned, for the old addresses to redirect (301). <paramref name="all"/> is every column.
    /// </summary>
    public IReadOnlyList<(Column Column, string FormerPath)> MoveUnder(Column parent, int sortOrder, IReadOnlyCollection<Column> all)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(all);
        if (parent.Id == ParentId)
        {
            SortOrder = sortOrder;
            return [];
        }

        if (IsStatutory)
        {
            throw new DomainException($"“{Name}”是法定栏目，不能移动，只能修改名称、说明和排序。");
        }

        if (IsRetired)
        {
            throw new DomainException($"“{Name}”已停用，不能移动。");
        }

        if (parent.Id == Id || IsWithin(parent.Path, Path))
        {
            throw new DomainException("不能把栏目移到它自己或它的下级栏目之下。");
        }

        if (parent.IsRetired)
        {
            throw new DomainException($"“{parent.Name}”已停用，不能作为上级栏目。");
        }

        if (all.Any(c => c.ParentId == parent.Id && c.Slug == Slug && c.Id != Id))
        {
            throw new DomainException($"“{parent.Name}”下已有网址标识“{Slug}”的栏目。");
        }

        var oldPath = Path;
        var newPath = parent.Path + "/" + Slug;
        var moved = all.Where(c => c.Id != Id && IsWithin(c.Path, oldPath)).Prepend(this).ToList();
        if (moved.Any(c => newPath.Length + c.Path.Length - oldPath.Length > DataLimits.Path))
        {
            throw new DomainException("栏目层级过深，路径过长。");
        }

        var depthChange = parent.Depth + 1 - Depth;
        var formerPaths = new List<(Column, string)>(moved.Count);
        foreach (var column in moved)
        {
            formerPaths.Add((column, column.Path));
            column.Path = newPath + column.Path[oldPath.Length..];
            column.Depth += depthChange;
        }

        Parent = parent;
        ParentId = parent.Id;
        SortOrder = sortOrder;
        return formerPaths;
    }

    /// <summary>
    /// Retires the column on <paramref name="day"/> (停用). Refused for a statutory column, a column already retired,
    /// and a column with children still in use (retire or move them first). <paramref name="all"/> is every column.
    /// </summary>
    public void Retire(DateOnly day, IReadOnlyCollection<Column> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        if (IsStatutory)
        {
            throw new DomainException($"“{Name}”是法定栏目，不能停用，只能修改名称、说明和排序。");
        }

        if (RetiredOn is { } retired)
        {
            throw new DomainException($"“{Name}”已于{retired.Year}年{retired.Month:00}月{retired.Day:00}日停用。");
        }

        if (all.Any(c => c.ParentId == Id && !c.IsRetired))
        {
            throw new DomainException($"“{Name}”下还有在用的栏目，请先停用或移走下级栏目。");
        }

        RetiredOn = day;
    }

    /// <summary>
    /// Brings a retired column back into use (恢复启用): it returns to the navigation and takes documents again, at the
    /// address it had. Refused for a column in use and under a parent that is itself retired (restore the parent first).
    /// <paramref name="all"/> is every column.
    /// </summary>
    public void Restore(IReadOnlyCollection<Column> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        if (RetiredOn is null)
        {
            throw new DomainException($"“{Name}”未停用，无需恢复。");
        }

        if (all.FirstOrDefault(c => c.Id == ParentId) is { IsRetired: true } parent)
        {
            throw new DomainException($"上级栏目“{parent.Name}”已停用，请先恢复上级栏目。");
        }

        RetiredOn = null;
    }

    private static bool IsWithin(string path, string ancestor) =>
        path.StartsWith(ancestor + "/", StringComparison.Ordinal);
}
