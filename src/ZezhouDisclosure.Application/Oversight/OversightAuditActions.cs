namespace ZezhouDisclosure.Application.Oversight;

/// <summary>Audit action codes of 监测与整改.</summary>
public static class OversightAuditActions
{
    public const string RunInspection = "oversight.run";
    public const string NotifyRectification = "oversight.rectification.notify";
    public const string RecordRectification = "oversight.rectification.record";
    public const string MarkNotApplicable = "oversight.not-applicable.mark";
    public const string RemoveNotApplicable = "oversight.not-applicable.remove";
    public const string CreateAssessment = "oversight.assessment.create";
    public const string ChangeAssessment = "oversight.assessment.change";
    public const string ComputeAssessment = "oversight.assessment.compute";
    public const string ApproveAssessment = "oversight.assessment.approve";
    public const string NewAssessmentVersion = "oversight.assessment.new-version";
    public const string GenerateSelfCheckReports = "oversight.self-check-report.generate";
    public const string RegenerateSelfCheckReports = "oversight.self-check-report.regenerate";
}
