namespace ZezhouDisclosure.Application.Documents;

/// <summary>The revisions compared when the page opens, and why (shown as the comparison's heading).</summary>
public sealed record RevisionRange(int From, int To, string Basis);

/// <summary>
/// What a reviewer compares by default: the changes since the document was last returned (what the clerk did about the
/// comment); else since it was last published; else since its first revision.
/// </summary>
public static class RevisionComparisonDefault
{
    public static RevisionRange? For(int? returnedAtRevision, int? publishedAtRevision, int newest)
    {
        if (returnedAtRevision is int returned && returned >= 1 && returned <= newest)
        {
            return new RevisionRange(returned, newest, "自上次退回以来的修改");
        }

        if (newest < 2)
        {
            return null;
        }

        return publishedAtRevision is int published && published >= 1 && published < newest
            ? new RevisionRange(published, newest, "自上次发布以来的修改")
            : new RevisionRange(1, newest, "自第一版以来的修改");
    }
}
