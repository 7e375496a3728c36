using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class DocumentJointIssuerTests
{
    [Fact]
    public void New_JointIssuersWithOwnOrganisationAndDuplicates_KeepsOthersOnceInOrder()
    {
        var content = new DocumentContentBuilder().Build() with { JointIssuerIds = [9, 7, 3, 9] };

        var document = new Document(7, content);

        Assert.Equal([9, 3], document.JointIssuerIds);
    }

    [Fact]
    public void Edit_TooManyJointIssuers_IsRefused()
    {
        var document = new Document(7, new DocumentContentBuilder().Build());
        var content = new DocumentContentBuilder().Build() with { JointIssuerIds = Enumerable.Range(100, Document.MaxJointIssuers + 1).ToList() };

        Assert.Throws<DomainException>(() => document.Edit(content));
    }

    [Fact]
    public void Revision_OfDocumentWithJointIssuers_RestoresThem()
    {
        var document = new Document(7, new DocumentContentBuilder().Build() with { JointIssuerIds = [3, 4] });

        var restored = new DocumentRevision(document, 1, "新建").ToContent();

        Assert.Equal([3, 4], restored.JointIssuerIds);
    }
}
