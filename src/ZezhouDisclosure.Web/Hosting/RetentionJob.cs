using Mediator;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Web.Configuration;

namespace ZezhouDisclosure.Web.Hosting;

/// <summary>
/// A daily retention job (Portal:Requests:RetentionYears, one setting for every kind of citizen's personal data): a
/// subclass names the job and the command that anonymises what is past the period and returns how many it handled.
/// Safe with several nodes as long as the command is (concurrency-checked updates that skip anonymised rows).
/// </summary>
public abstract class RetentionJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<RequestRetentionOptions> options, ILogger logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    /// <summary>The command of one tick for a retention period of <paramref name="retentionYears"/> years.</summary>
    protected abstract ICommand<int> Command(int retentionYears);

    protected override async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ISender>().Send(Command(options.Value.RetentionYears), cancellationToken);
}
