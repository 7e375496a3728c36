using Microsoft.Extensions.Options;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>
/// Once a day removes the rows of staff sessions that began more than a day before the absolute lifetime ran out
/// (they can no longer be used). Safe with several nodes: the delete is idempotent.
/// </summary>
public sealed class StaffSessionPurgeService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<StaffSignInOptions> options, ILogger<StaffSessionPurgeService> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override string Name => "Staff session purge";

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<StaffSessions>().PurgeAsync(options.Value.AbsoluteLifetime + TimeSpan.FromDays(1), cancellationToken);
}
