using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Web.Configuration;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Features.Interactions;

/// <summary>
/// 临期提醒: every few hours, e-mails the handlers of each case whose limit is a working day away (once per case and
/// limit, see <see cref="MessageNotifications.RemindDueSoonAsync"/>). Links point at the site's configured domain.
/// </summary>
public sealed class MessageReminderService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<SiteOptions> site, ILogger<MessageReminderService> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(4);

    protected override string Name => "Message reminders (cases near their limit)";

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<MessageNotifications>().RemindDueSoonAsync("https://" + site.Value.Domain, cancellationToken);
}
