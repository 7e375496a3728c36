using System.Text.Json;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Application.Tests.PublicContent;

/// <summary>A change is plain data, so it can later be sent to other nodes (pub/sub or an outbox) and read back.</summary>
public class PublicContentChangeTests
{
    [Fact]
    public void Json_Change_RoundTripsWithTheKindAsItsName()
    {
        PublicContentChange[] changes =
        [
            new(PublicContentKind.Document, 7, 3),
            new(PublicContentKind.Catalogue, 12, 12),
            new(new PublicContentKind("annual-report"), 2026, null),
        ];

        var json = JsonSerializer.Serialize(changes);
        var read = JsonSerializer.Deserialize<PublicContentChange[]>(json);

        Assert.Contains("""{"Kind":"document","Id":7,"OrganisationId":3}""", json, StringComparison.Ordinal);
        Assert.Equal(changes, read);
    }

    [Fact]
    public void Kind_SameName_IsTheSameKind()
    {
        Assert.Equal(PublicContentKind.Document, new PublicContentKind("document"));
        Assert.NotEqual(PublicContentKind.Catalogue, PublicContentKind.CatalogueTemplate);
        Assert.Throws<ArgumentException>(() => new PublicContentKind(" "));
    }
}
