using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Application.Tests.Documents;

public class RevisionComparisonDefaultTests
{
    [Fact]
    public void For_ReturnedBefore_ComparesSinceTheReturn()
    {
        Assert.Equal(new RevisionRange(3, 5, "自上次退回以来的修改"), RevisionComparisonDefault.For(returnedAtRevision: 3, publishedAtRevision: 1, newest: 5));
    }

    [Fact]
    public void For_PublishedButNeverReturned_ComparesSincePublication()
    {
        Assert.Equal(new RevisionRange(2, 4, "自上次发布以来的修改"), RevisionComparisonDefault.For(null, 2, 4));
    }

    [Fact]
    public void For_NeitherReturnedNorPublished_ComparesSinceTheFirstRevision()
    {
        Assert.Equal(new RevisionRange(1, 3, "自第一版以来的修改"), RevisionComparisonDefault.For(null, null, 3));
    }

    [Fact]
    public void For_OneRevisionOnly_ComparesNothing()
    {
        Assert.Null(RevisionComparisonDefault.For(null, null, 1));
    }
}
