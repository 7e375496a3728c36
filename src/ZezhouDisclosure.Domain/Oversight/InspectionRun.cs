using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>What started an inspection run.</summary>
public enum InspectionTrigger
{
    /// <summary>夜间自动监测.</summary>
    Nightly = 0,

    /// <summary>县政务公开办 pressed 立即监测.</summary>
    OnDemand = 1,

    /// <summary>A unit published: only that unit is checked again.</summary>
    Publication = 2,
}

/// <summary>One run of the inspector: when, for which unit (null: the whole site), and what it changed.</summary>
public class InspectionRun : Entity
{
    private InspectionRun()
    {
    }

    public InspectionRun(InspectionTrigger trigger, int? organisationId, DateTime startedAt, string startedBy)
    {
        Trigger = trigger;
        OrganisationId = organisationId;
        StartedAt = startedAt;
        StartedBy = startedBy;
    }

    public InspectionTrigger Trigger { get; private set; }

    public int? OrganisationId { get; private set; }

    public DateTime StartedAt { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateTime? FinishedAt { get; private set; }

    public int ChecksRun { get; private set; }

    public int Observations { get; private set; }

    public int Opened { get; private set; }

    public int Closed { get; private set; }

    /// <summary>Checks that failed to run (their findings were left as they were), e.g. “links: 超时”.</summary>
    public string? FailedChecks { get; private set; }

    public void Finish(DateTime now, int checksRun, int observations, int opened, int closed, string? failedChecks)
    {
        FinishedAt = now;
        ChecksRun = checksRun;
        Observations = observations;
        Opened = opened;
        Closed = closed;
        FailedChecks = string.IsNullOrEmpty(failedChecks) ? null : failedChecks.Length > 1000 ? failedChecks[..1000] : failedChecks;
    }
}
