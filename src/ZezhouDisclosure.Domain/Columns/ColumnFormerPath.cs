using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Columns;

/// <summary>
/// An address a column had before it was moved (旧栏目地址): a request for it is redirected permanently (301) to the
/// column's current path. A live column at the same path always wins; a path is recorded once (the latest move).
/// </summary>
public class ColumnFormerPath : Entity
{
    private ColumnFormerPath()
    {
    }

    public ColumnFormerPath(int columnId, string path, DateTime movedAt)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new DomainException("旧栏目地址不能为空。");
        }

        ColumnId = columnId;
        Path = path;
        MovedAt = movedAt;
    }

    public int ColumnId { get; private set; }

    /// <summary>The column's path before the move, e.g. <c>xxgk/fdzdgknr/xczx</c>.</summary>
    public string Path { get; private set; } = "";

    /// <summary>When (UTC) the column left this path.</summary>
    public DateTime MovedAt { get; private set; }
}
