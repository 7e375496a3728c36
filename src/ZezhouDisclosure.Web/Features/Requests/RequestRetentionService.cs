using Mediator;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Web.Configuration;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Features.Requests;

/// <summary>
/// Anonymises applicants of cases past the retention period (Portal:Requests:RetentionYears) once a day. Safe with
/// several nodes: each case is a concurrency-checked update and anonymised cases are skipped, so a race makes one
/// node's tick fail and the next find nothing to do.
/// </summary>
public sealed class RequestRetentionService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<RequestRetentionOptions> options, ILogger<RequestRetentionService> logger)
    : RetentionJob(scopes, time, options, logger)
{
    protected override string Name => "Request retention (anonymising closed cases' applicants)";

    protected override ICommand<int> Command(int retentionYears) => new AnonymiseExpiredRequestsCommand(retentionYears);
}
