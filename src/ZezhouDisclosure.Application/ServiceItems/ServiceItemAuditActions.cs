namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>Audit action codes of 政务服务事项. Stored and filtered on; never change one.</summary>
public static class ServiceItemAuditActions
{
    public const string Create = "service-item.create";
    public const string Update = "service-item.update";
    public const string Submit = "service-item.submit";
    public const string Recall = "service-item.recall";
    public const string ApproveInUnit = "service-item.approve-in-unit";
    public const string ReturnInUnit = "service-item.return-in-unit";
    public const string Approve = "service-item.approve";
    public const string Return = "service-item.return";
    public const string StartRevision = "service-item.start-revision";
    public const string AddFile = "service-item.add-file";
    public const string RemoveFile = "service-item.remove-file";
    public const string LinkCatalogueRow = "service-item.link-catalogue-row";
    public const string UnlinkCatalogueRow = "service-item.unlink-catalogue-row";
}
