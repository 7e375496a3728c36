using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.TestKit;

namespace ZezhouDisclosure.Application.Tests.Common.Oversight;

/// <summary>The inspector's pacing: how long it waits for the work it did, and that full speed never waits.</summary>
public sealed class InspectionPaceTests
{
    [Theory]
    [InlineData(0.25, 2000, 6000)]
    [InlineData(0.5, 2000, 2000)]
    [InlineData(0.2, 1000, 4000)]
    [InlineData(1.0, 2000, 0)]
    public void PauseFor_WaitsSoThatWorkIsTheDutyCycleOfTheWallTime(double dutyCycle, int workMs, int expectedPauseMs)
    {
        var pace = new InspectionPace(dutyCycle, TestClock.Create());

        Assert.Equal(TimeSpan.FromMilliseconds(expectedPauseMs), pace.PauseFor(TimeSpan.FromMilliseconds(workMs)));
    }

    [Fact]
    public void PauseFor_NoWork_DoesNotWait()
    {
        var pace = new InspectionPace(0.25, TestClock.Create());

        Assert.Equal(TimeSpan.Zero, pace.PauseFor(TimeSpan.Zero));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Constructor_DutyCycleOutsideZeroToOne_Throws(double dutyCycle) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InspectionPace(dutyCycle, TestClock.Create()));

    [Fact]
    public async Task PauseAsync_AfterWork_WaitsUntilTheClockHasPassedThePause()
    {
        var clock = TestClock.Create();
        var pace = new InspectionPace(0.25, clock);
        clock.Advance(TimeSpan.FromSeconds(2)); // two seconds of work

        var pause = pace.PauseAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(5.9));
        Assert.False(pause.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await pause;

        Assert.Equal(TimeSpan.FromSeconds(6), pace.Paused);
    }

    [Fact]
    public async Task PauseAsync_CountsWorkFromTheEndOfThePreviousPause()
    {
        var clock = TestClock.Create();
        var pace = new InspectionPace(0.5, clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        var first = pace.PauseAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        await first;

        clock.Advance(TimeSpan.FromSeconds(3)); // three more seconds of work: the first pause is not counted as work
        var second = pace.PauseAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(3));
        await second;

        Assert.Equal(TimeSpan.FromSeconds(4), pace.Paused);
    }

    [Fact]
    public async Task PauseAsync_FullSpeed_ReturnsAtOnce()
    {
        var clock = TestClock.Create();
        var pace = new InspectionPace(1, clock);
        clock.Advance(TimeSpan.FromMinutes(10));

        var pause = pace.PauseAsync(CancellationToken.None);

        Assert.True(pause.IsCompleted);
        await pause;
        Assert.Equal(TimeSpan.Zero, pace.Paused);
    }

    [Fact]
    public async Task PauseAsync_Cancelled_StopsWaiting()
    {
        var clock = TestClock.Create();
        var pace = new InspectionPace(0.25, clock);
        clock.Advance(TimeSpan.FromSeconds(2));
        using var cancellation = new CancellationTokenSource();

        var pause = pace.PauseAsync(cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pause);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void InspectorSettings_DutyCycleOutsideZeroToOne_IsAProblem(double dutyCycle)
    {
        var settings = new InspectorSettings { DutyCycle = dutyCycle };

        Assert.Contains(settings.Problems(), p => p.Contains("DutyCycle", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(InspectionTrigger.Nightly, 0.3)]
    [InlineData(InspectionTrigger.Publication, 0.3)]
    [InlineData(InspectionTrigger.OnDemand, 1.0)]
    public void InspectorSettings_DutyCycleFor_PacesRunsNobodyWaitsFor(InspectionTrigger trigger, double expected)
    {
        var settings = new InspectorSettings { DutyCycle = 0.3 };

        Assert.Equal(expected, settings.DutyCycleFor(trigger));
    }

    [Fact]
    public void InspectorSettings_DefaultDutyCycle_IsAQuarterAndValid()
    {
        var settings = new InspectorSettings();

        Assert.Equal(0.25, settings.DutyCycle);
        Assert.Empty(settings.Problems());
    }
}
