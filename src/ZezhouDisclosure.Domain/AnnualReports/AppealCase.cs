using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>行政复议, 未经复议直接起诉 or 复议后起诉: the three column groups of annual report table 四.</summary>
public enum AppealKind
{
    /// <summary>行政复议.</summary>
    Reconsideration = 1,

    /// <summary>行政诉讼：未经复议直接起诉.</summary>
    DirectLitigation = 2,

    /// <summary>行政诉讼：复议后起诉.</summary>
    LitigationAfterReconsideration = 3,
}

/// <summary>结果: 维持, 纠正 or 其他; a case without one is 尚未审结.</summary>
public enum AppealOutcome
{
    /// <summary>结果维持.</summary>
    Upheld = 1,

    /// <summary>结果纠正.</summary>
    Corrected = 2,

    /// <summary>其他结果.</summary>
    Other = 3,
}

public static class AppealLabels
{
    public static string Of(AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => "行政复议",
        AppealKind.DirectLitigation => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };

    public static string Of(AppealOutcome? outcome) => outcome switch
    {
        AppealOutcome.Upheld => "结果维持",
        AppealOutcome.Corrected => "结果纠正",
        AppealOutcome.Other => "其他结果",
        _ => "尚未审结",
    };
}

/// <summary>
/// A 行政复议 or 行政诉讼 case about the unit's government information disclosure (table 四's register), linked to the
/// application when there is one. The year it counts in is the year it was filed; its outcome counts when decided by
/// the end of that year, otherwise it is 尚未审结.
/// </summary>
public class AppealCase : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private AppealCase()
    {
    }

    public AppealCase(int organisationId, AppealKind kind, DateOnly filedOn, string? caseNumber, int? disclosureRequestId, string? summary)
    {
        OrganisationId = organisationId;
        Update(kind, filedOn, caseNumber, disclosureRequestId, summary);
    }

    public int OrganisationId { get; private set; }

    public AppealKind Kind { get; private set; }

    /// <summary>申请复议或起诉之日.</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>案号 (e.g. 泽政复〔2026〕3号).</summary>
    public string? CaseNumber { get; private set; }

    /// <summary>The 依申请公开 application the case is about, when there is one.</summary>
    public int? DisclosureRequestId { get; private set; }

    public string? Summary { get; private set; }

    public AppealOutcome? Outcome { get; private set; }

    /// <summary>审结日期.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public void Update(AppealKind kind, DateOnly filedOn, string? caseNumber, int? disclosureRequestId, string? summary)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("请选择案件类型。");
        }

        Kind = kind;
        FiledOn = filedOn;
        CaseNumber = string.IsNullOrWhiteSpace(caseNumber) ? null : caseNumber.Trim();
        DisclosureRequestId = disclosureRequestId;
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
    }

    /// <summary>Records the outcome (or clears it: 尚未审结). The decision cannot precede the filing.</summary>
    public void Decide(AppealOutcome? outcome, DateOnly? decidedOn)
    {
        if (outcome is null)
        {
            Outcome = null;
            DecidedOn = null;
            return;
        }

        if (decidedOn is not { } day)
        {
            throw new DomainException("请填写审结日期。");
        }

        if (day < FiledOn)
        {
            throw new DomainException("审结日期不能早于申请复议或起诉日期。");
        }

        Outcome = outcome;
        DecidedOn = day;
    }

    /// <summary>The outcome as table 四 of <paramref name="year"/> counts it (null: 尚未审结 at the end of the year).</summary>
    public AppealOutcome? OutcomeAtEndOf(int year) => DecidedOn is { } day && day.Year <= year ? Outcome : null;
}
