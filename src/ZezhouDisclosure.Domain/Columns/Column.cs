using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Columns;

/// <summary>
/// A column (栏目) of the portal. Columns form a tree; each has a stable lower-case path such as
/// <c>xxgk/fdzdgknr/czyjs</c> that is also its URL. Columns are data: administrators may add or rename them.
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
}
