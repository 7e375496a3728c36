namespace ZezhouDisclosure.Application.Common.Oversight;

/// <summary>
/// Paces a long inspection so the public pages keep the machine (issue 13: a full inspection must not slow them by more
/// than 20 %). The inspector works at full speed between two calls of <see cref="PauseAsync"/> and then waits long enough
/// that work takes only <see cref="DutyCycle"/> of the wall time: after 2 s of work at a duty cycle of 0.25 it waits 6 s.
/// Work is measured in wall time, so on a busy machine (when the work itself waits for a core) the pauses grow with it.
/// Checks that read for long call it between batches (<c>ComplianceCheckContext.PaceAsync</c>); the inspector calls it
/// between checks. A duty cycle of 1 never waits.
/// </summary>
public sealed class InspectionPace
{
    private readonly TimeProvider _time;
    private long _workStarted;

    public InspectionPace(double dutyCycle, TimeProvider time)
    {
        if (double.IsNaN(dutyCycle) || dutyCycle <= 0 || dutyCycle > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dutyCycle), dutyCycle, "A duty cycle is greater than 0 and at most 1.");
        }

        DutyCycle = dutyCycle;
        _time = time;
        _workStarted = time.GetTimestamp();
    }

    /// <summary>Full speed: never waits.</summary>
    public static InspectionPace FullSpeed { get; } = new(1, TimeProvider.System);

    /// <summary>The share of wall time spent working (0 &lt; duty cycle ≤ 1).</summary>
    public double DutyCycle { get; }

    /// <summary>The time waited so far.</summary>
    public TimeSpan Paused { get; private set; }

    /// <summary>The wait owed for <paramref name="work"/> at this duty cycle.</summary>
    public TimeSpan PauseFor(TimeSpan work) =>
        DutyCycle >= 1 || work <= TimeSpan.Zero ? TimeSpan.Zero : work * ((1 - DutyCycle) / DutyCycle);

    /// <summary>Waits for the work done since the last pause (or since the start), then starts counting work again.</summary>
    public async Task PauseAsync(CancellationToken cancellationToken)
    {
        if (DutyCycle >= 1)
        {
            return;
        }

        var pause = PauseFor(_time.GetElapsedTime(_workStarted));
        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, _time, cancellationToken);
            Paused += pause;
        }

        _workStarted = _time.GetTimestamp();
    }
}
