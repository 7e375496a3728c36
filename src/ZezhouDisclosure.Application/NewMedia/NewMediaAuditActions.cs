namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>Audit action codes of the 政务新媒体 registry. Stored and filtered on; never change one.</summary>
public static class NewMediaAuditActions
{
    public const string Register = "new-media.register";
    public const string Edit = "new-media.edit";
    public const string Close = "new-media.close";
    public const string Check = "new-media.check";
}
