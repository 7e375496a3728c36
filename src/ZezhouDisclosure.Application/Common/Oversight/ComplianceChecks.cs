namespace ZezhouDisclosure.Application.Common.Oversight;

/// <summary>How an evaluator weighs a problem (国办秘函〔2019〕19号: 单项否决 items fail a site outright).</summary>
public enum FindingSeverity
{
    /// <summary>单项否决.</summary>
    Veto = 0,

    /// <summary>扣分.</summary>
    Deduction = 1,

    /// <summary>提示: worth knowing, not scored.</summary>
    Notice = 2,
}

/// <summary>
/// One problem a check observed. <paramref name="Subject"/> is a stable key of the thing at fault within the check
/// ("column:12", "document:345", "case:2026-0007"): the same problem gives the same key run after run, so the inspector
/// keeps one finding for it and closes the finding when the problem is no longer observed. <paramref name="Evidence"/>
/// is Chinese, with personal data masked; <paramref name="Link"/> a site-relative URL where the problem can be seen.
/// <paramref name="OrganisationId"/> is null for a problem of the whole site.
/// </summary>
public sealed record ComplianceObservation(
    int? OrganisationId,
    string Subject,
    FindingSeverity Severity,
    string Evidence,
    string? Link = null);

/// <summary>
/// What a check looks at: the moment of the run (Beijing dates derive from it), and the units to check (null: all).
/// Checks run as 系统 (no signed-in user), so they see every unit's records. A check that reads for long (every
/// published body, say) calls <see cref="PaceAsync"/> between batches, so a paced run leaves the machine to the public.
/// </summary>
public sealed record ComplianceCheckContext(DateTimeOffset Now, IReadOnlyCollection<int>? OrganisationIds)
{
    /// <summary>How the run is paced (full speed unless the inspector says otherwise).</summary>
    public InspectionPace Pace { get; init; } = InspectionPace.FullSpeed;

    public bool Covers(int organisationId) => OrganisationIds is null || OrganisationIds.Contains(organisationId);

    /// <summary>Waits as the run's pace asks for the work done since the last pause.</summary>
    public Task PaceAsync(CancellationToken cancellationToken) => Pace.PauseAsync(cancellationToken);
}

/// <summary>
/// One rule the built-in inspector (监测) runs, contributed by the capability that owns the data (registered with
/// <c>FeatureBuilder.ComplianceCheck&lt;T&gt;()</c>): e.g. 互动 enquiries unanswered past their limit, a 征求意见 without a
/// published feedback, a 年度报告 missing after its due date. A check reads its threshold from configuration and cites
/// its source; it never throws for a problem it finds (that is an observation) and is read-only.
/// </summary>
public interface IComplianceCheck
{
    /// <summary>Stable code, e.g. <c>interaction.unanswered</c>; findings are keyed by it.</summary>
    string Code { get; }

    /// <summary>The rule's Chinese name as reports show it.</summary>
    string Name { get; }

    /// <summary>Where the rule comes from (e.g. 国办秘函〔2019〕19号 单项否决指标“互动回应差”).</summary>
    string Source { get; }

    Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken);
}

/// <summary>One figure of a unit's month for the 月度自查报告 (e.g. 互动 留言 received / answered / overdue).</summary>
public sealed record SelfCheckFigure(string Group, string Label, decimal Value, string? Unit = null);

/// <summary>
/// A capability's monthly statistics for the self-check report (registered with
/// <c>FeatureBuilder.SelfCheckFigures&lt;T&gt;()</c>). An organisation id of null means the whole county.
/// Runs as 系统 or as a county-wide user.
/// </summary>
public interface ISelfCheckFigureSource
{
    Task<IReadOnlyList<SelfCheckFigure>> ForMonthAsync(int? organisationId, int year, int month, CancellationToken cancellationToken);
}
