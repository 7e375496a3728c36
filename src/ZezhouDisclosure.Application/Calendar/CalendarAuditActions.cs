namespace ZezhouDisclosure.Application.Calendar;

/// <summary>
/// Audit action codes (<c>AuditEntry.Action</c>) for the working-day calendar (工作日历). The values are stored in the audit log and
/// filtered on; never change one.
/// </summary>
public static class CalendarAuditActions
{
    /// <summary>新增年度</summary>
    public const string AddYear = "calendar.add-year";

    /// <summary>修改年度</summary>
    public const string UpdateYear = "calendar.update-year";
}
