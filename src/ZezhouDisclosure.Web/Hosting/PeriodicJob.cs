namespace ZezhouDisclosure.Web.Hosting;

/// <summary>
/// Background work that runs on a timer of the injected <see cref="TimeProvider"/>, one tick at a time, each in its own
/// DI scope. A failed tick (database busy, a conflict with another node) is logged and retried at the next tick: it
/// never stops the job. A job says how often it runs and what one tick does; it must be safe when several nodes run it.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The time between two ticks.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the log calls the job, e.g. "Scheduled publishing".</summary>
    protected abstract string Name { get; }

    /// <summary>One tick, with the services of a new scope; returns how many items it handled.</summary>
    protected abstract Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var handled = await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                if (handled > 0)
                {
                    logger.LogInformation("{Job}: handled {Count} item(s)", Name, handled);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{Job} failed; retrying at the next tick", Name);
            }
        }
    }
}
