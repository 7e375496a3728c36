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
    : RetentionJob(scopes, time, options, logger)
{
    protected override string Name => "Message retention (anonymising closed messages' citizens)";

    protected override ICommand<int> Command(int retentionYears) => new AnonymiseExpiredMessagesCommand(retentionYears);
}
