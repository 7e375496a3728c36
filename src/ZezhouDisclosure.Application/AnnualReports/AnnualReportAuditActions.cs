namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>Audit action codes of annual reports and the 行政复议/行政诉讼 register; stored and filtered on, never change one.</summary>
public static class AnnualReportAuditActions
{
    public const string Create = "annual-report.create";
    public const string Save = "annual-report.save";
    public const string Submit = "annual-report.submit";
    public const string ApproveInUnit = "annual-report.approve-in-unit";
    public const string Return = "annual-report.return";
    public const string Publish = "annual-report.publish";
    public const string Correct = "annual-report.correct";
    public const string RecordAppeal = "appeal-case.record";
}
