using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>
/// A document of a township filed under one of its catalogue rows, so that the public catalogue shows what was
/// published under each 事项 and coverage can be counted. Kept apart from the document itself.
/// </summary>
public class CatalogueItemDocument : Entity, IOrganisationOwned
{
    private CatalogueItemDocument()
    {
    }

    public CatalogueItemDocument(int organisationId, int townshipCatalogueItemId, int documentId, DateTime filedAt, string filedBy)
    {
        OrganisationId = organisationId;
        TownshipCatalogueItemId = townshipCatalogueItemId;
        DocumentId = documentId;
        FiledAt = filedAt;
        FiledBy = filedBy;
    }

    public int OrganisationId { get; private set; }

    public int TownshipCatalogueItemId { get; private set; }

    public int DocumentId { get; private set; }

    public DateTime FiledAt { get; private set; }

    public string FiledBy { get; private set; } = "";
}
