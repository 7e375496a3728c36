using Mediator;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Features.Documents;

/// <summary>
/// Publishes scheduled documents once a minute. Safe with several web nodes: each publication is a concurrency-checked
/// update, so two nodes never publish the same document twice (the loser's save is refused and retried next tick).
/// </summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledPublishingService> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override string Name => "Scheduled publishing";

    protected override async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ISender>().Send(new PublishDueDocumentsCommand(), cancellationToken);
}
