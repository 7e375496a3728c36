namespace ZezhouDisclosure.Application.Villages;

/// <summary>Audit action codes of 村（居）务公开. Stored and filtered on; never change one.</summary>
public static class VillageAuditActions
{
    public const string SavePosting = "village.posting.save";
    public const string SubmitPosting = "village.posting.submit";
    public const string PublishPosting = "village.posting.publish";
    public const string ReturnPosting = "village.posting.return";
    public const string AddAttachment = "village.posting.attachment";
    public const string EditCatalogue = "village.catalogue.edit";
    public const string RemoveCatalogueItem = "village.catalogue.remove";
}
