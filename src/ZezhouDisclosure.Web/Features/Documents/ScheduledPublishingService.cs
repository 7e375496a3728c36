using Mediator;
using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Web.Features.Documents;

/// <summary>
/// Publishes scheduled documents once a minute. Safe with several web nodes: each publication is a concurrency-checked
/// update, so two nodes never publish the same document twice (the loser's save is refused and retried next tick).
/// </summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PublishDueDocumentsCommand(), stoppingToken);
                if (published > 0)
                {
                    logger.LogInformation("Published {Count} scheduled document(s)", published);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failed tick (database busy, a conflict with another node) must not stop the scheduler.
                logger.LogWarning(ex, "Scheduled publishing failed; retrying at the next tick");
            }
        }
    }
}
