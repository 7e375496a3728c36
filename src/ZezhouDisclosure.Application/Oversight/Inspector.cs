using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>
/// What one run did; <paramref name="Timings"/> says how long each check worked, pauses excluded (the <c>inspect</c>
/// command prints them), and <paramref name="Paused"/> how long the run waited to leave the machine to the public.
/// </summary>
public sealed record InspectionSummary(
    int RunId, int ChecksRun, int Observations, int Opened, int Closed, int Verified, int Reopened, IReadOnlyList<string> Failed,
    IReadOnlyList<(string Code, TimeSpan Elapsed)>? Timings = null, TimeSpan Paused = default);

/// <summary>
/// The built-in inspector (监测): runs every registered <see cref="IComplianceCheck"/> for the whole site or one unit,
/// turns observations into findings (one per check code + organisation + subject; a finding no longer observed closes
/// itself, one observed again reopens), then verifies the 整改 of the affected findings. A check that throws is recorded
/// as failed and its findings are left as they were. Not a Mediator command on purpose: the checks read for minutes
/// (links are fetched) and must not hold a write transaction meanwhile; the findings are written in one save at the end.
/// Runs as 系统 (the nightly job) or as a county-wide user (the 立即监测 button); both see every unit.
/// Runs nobody waits for (nightly, after a publication) are paced at <see cref="InspectorSettings.DutyCycle"/> so the
/// public pages keep the machine; 立即监测 runs at full speed, since the county office waits for its answer.
/// </summary>
public sealed class Inspector(IAppDbContext db, IEnumerable<IComplianceCheck> checks, ICurrentUser currentUser, TimeProvider time, InspectorSettings settings)
{
    /// <summary>One run at a time on a node: two runs reconciling the same findings at once would both add a new one.</summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public IReadOnlyList<IComplianceCheck> Checks { get; } = [.. checks.OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>Runs paced as the trigger asks (<see cref="InspectorSettings.DutyCycleFor"/>).</summary>
    public Task<InspectionSummary> RunAsync(InspectionTrigger trigger, int? organisationId, CancellationToken cancellationToken) =>
        RunAsync(trigger, organisationId, settings.DutyCycleFor(trigger), cancellationToken);

    /// <summary>Runs with an explicit duty cycle (the <c>inspect</c> command's <c>--duty-cycle</c>).</summary>
    public async Task<InspectionSummary> RunAsync(InspectionTrigger trigger, int? organisationId, double dutyCycle, CancellationToken cancellationToken)
    {
        if (!currentUser.IsSystem)
        {
            currentUser.Require(Permissions.Oversight.Manage, "只有县政务公开办可以启动监测。");
        }

        if (organisationId is { } unit && !await db.Organisations.AnyAsync(o => o.Id == unit, cancellationToken))
        {
            throw new NotFoundException("单位不存在。");
        }

        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await RunExclusiveAsync(trigger, organisationId, new InspectionPace(dutyCycle, time), cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<InspectionSummary> RunExclusiveAsync(InspectionTrigger trigger, int? organisationId, InspectionPace pace, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var scope = organisationId is { } one ? new[] { one } : null;
        var context = new ComplianceCheckContext(started, scope) { Pace = pace };
        var observed = new Dictionary<string, Dictionary<string, ComplianceObservation>>(StringComparer.Ordinal);
        var failed = new List<string>();
        var timings = new List<(string Code, TimeSpan Elapsed)>();
        foreach (var check in Checks)
        {
            await pace.PauseAsync(cancellationToken);
            var checkStarted = time.GetTimestamp();
            var pausedBefore = pace.Paused;
            try
            {
                var byKey = new Dictionary<string, ComplianceObservation>(StringComparer.Ordinal);
                foreach (var o in await check.RunAsync(context, cancellationToken))
                {
                    if (o.OrganisationId is null ? scope is null : context.Covers(o.OrganisationId.Value))
                    {
                        byKey.TryAdd(Finding.Key(check.Code, o.OrganisationId, o.Subject), o);
                    }
                }

                observed[check.Code] = byKey;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add($"{check.Code}：{ex.GetType().Name}");
            }

            timings.Add((check.Code, time.GetElapsedTime(checkStarted) - (pace.Paused - pausedBefore)));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var codes = observed.Keys.ToList();
        var existing = await db.Findings
            .Where(f => codes.Contains(f.CheckCode) && (scope == null || (f.OrganisationId != null && scope.Contains(f.OrganisationId.Value))))
            .ToListAsync(cancellationToken);
        var byExistingKey = existing.ToDictionary(f => f.Key(), StringComparer.Ordinal);
        var names = Checks.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        int opened = 0, closed = 0, total = 0;
        foreach (var (code, byKey) in observed)
        {
            foreach (var (key, o) in byKey)
            {
                total++;
                var level = (FindingLevel)(int)o.Severity;
                if (byExistingKey.TryGetValue(key, out var finding))
                {
                    if (!finding.IsOpen)
                    {
                        opened++;
                    }

                    finding.Observe(level, names[code], o.Evidence, o.Link, now);
                }
                else
                {
                    db.Findings.Add(new Finding(code, o.OrganisationId, o.Subject, level, names[code], o.Evidence, o.Link, now));
                    opened++;
                }
            }
        }

        foreach (var finding in existing.Where(f => f.IsOpen && !observed[f.CheckCode].ContainsKey(f.Key())))
        {
            finding.Close(now);
            closed++;
        }

        // 整改 of the findings this run judged: 销号 when gone, reopened when still there after the unit marked it done.
        var judged = existing.Select(f => f.Id).ToList();
        var rectifications = await db.Rectifications.Where(r => r.Status != RectificationStatus.Verified && judged.Contains(r.FindingId))
            .ToListAsync(cancellationToken);
        var openById = existing.ToDictionary(f => f.Id, f => f.IsOpen);
        int verified = 0, reopened = 0;
        foreach (var rectification in rectifications)
        {
            switch (rectification.Verify(openById[rectification.FindingId], now))
            {
                case RectificationVerdict.Verified: verified++; break;
                case RectificationVerdict.Reopened: reopened++; break;
            }
        }

        var run = new InspectionRun(trigger, organisationId, started.UtcDateTime, currentUser.UserName);
        run.Finish(now, observed.Count, total, opened, closed, string.Join("；", failed));
        db.InspectionRuns.Add(run);
        if (trigger == InspectionTrigger.OnDemand)
        {
            db.Audit(OversightAuditActions.RunInspection, nameof(InspectionRun), "", organisationId,
                $"立即监测{(organisationId is null ? "（全站）" : "")}：新发现 {opened} 项，自动关闭 {closed} 项，整改销号 {verified} 项，重新打开 {reopened} 项。");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new InspectionSummary(run.Id, observed.Count, total, opened, closed, verified, reopened, failed, timings, pace.Paused);
    }
}
