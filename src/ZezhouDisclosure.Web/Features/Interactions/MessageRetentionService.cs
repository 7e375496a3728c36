using Mediator;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Web.Configuration;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Features.Interactions;

/// <summary>
/// Removes citizens' names and contact details from messages closed longer than the 依申请公开 retention period
/// (Portal:Requests:RetentionYears, the same setting) once a day.
/// </summary>
public sealed class MessageRetentionService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<RequestRetentionOptions> options, ILogger<MessageRetentionService> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override string Name => "Message retention (anonymising closed messages' citizens)";

    protected override async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ISender>().Send(new AnonymiseExpiredMessagesCommand(options.Value.RetentionYears), cancellationToken);
}
