using Microsoft.Extensions.Options;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>
/// Once a day removes the rows of staff sessions that began more than a day before the absolute lifetime ran out
/// (they can no longer be used). Safe with several nodes: the delete is idempotent.
/// </summary>
public sealed class StaffSessionPurgeService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<StaffSignInOptions> options, ILogger<StaffSessionPurgeService> logger)
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
                var removed = await scope.ServiceProvider.GetRequiredService<StaffSessions>()
                    .PurgeAsync(options.Value.AbsoluteLifetime + TimeSpan.FromDays(1), stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Count} expired staff session(s)", removed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Staff session purge failed; retrying at the next tick");
            }
        }
    }
}
