using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Tests.Hosting;

public class PeriodicJobTests
{
    private sealed class CountingJob(IServiceScopeFactory scopes, TimeProvider time, Func<int, int> tick)
        : PeriodicJob(scopes, time, NullLogger.Instance)
    {
        public int Ticks;

        public TaskCompletionSource ThirdTick { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

        protected override string Name => "Counting";

        protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref Ticks);
            if (n == 3)
            {
                ThirdTick.TrySetResult();
            }

            return Task.FromResult(tick(n));
        }
    }

    [Fact]
    public async Task Run_ATickThrows_TheNextTicksStillRun()
    {
        var time = new FakeTimeProvider();
        var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        var job = new CountingJob(scopes, time, n => n == 1 ? throw new InvalidOperationException("database busy") : n);
        await job.StartAsync(CancellationToken.None);

        // ExecuteAsync runs on its own task (.NET 10): keep the clock moving until the third tick has run.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!job.ThirdTick.Task.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }

        await job.ThirdTick.Task.WaitAsync(TimeSpan.FromSeconds(1));
        await job.StopAsync(CancellationToken.None);
        Assert.True(job.Ticks >= 3);
    }

    [Fact]
    public async Task Run_BeforeTheFirstInterval_DoesNothing()
    {
        var time = new FakeTimeProvider();
        var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        var job = new CountingJob(scopes, time, n => n);
        await job.StartAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(100);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(0, job.Ticks);
    }
}
