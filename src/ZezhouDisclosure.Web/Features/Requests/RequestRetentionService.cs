using Mediator;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Web.Configuration;

namespace ZezhouDisclosure.Web.Features.Requests;

/// <summary>
/// Anonymises applicants of cases past the retention period (Portal:Requests:RetentionYears) once a day. Safe with
/// several nodes: each case is a concurrency-checked update and anonymised cases are skipped, so a race makes one
/// node's tick fail and the next find nothing to do.
/// </summary>
public sealed class RequestRetentionService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<RequestRetentionOptions> options, ILogger<RequestRetentionService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var count = await scope.ServiceProvider.GetRequiredService<ISender>()
                    .Send(new AnonymiseExpiredRequestsCommand(options.Value.RetentionYears), stoppingToken);
                if (count > 0)
                {
                    logger.LogInformation("Anonymised the applicants of {Count} closed request(s)", count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Request retention failed; retrying at the next tick");
            }
        }
    }
}
