using System.Globalization;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>
/// E-mail to the 联络人/承办人 of each responsible unit of a 舆情 case (enabled accounts of the unit whose role may
/// record the 核实反馈, with a notification address), after the step that causes it committed: the case was
/// registered with them (with the first-response clock), or the county office asked for verification (24 h). A unit
/// nobody there can be e-mailed is recorded on the case (audit), as is each outcome, without the addresses; no SMTP
/// server configured: nothing is sent (logged). A failure never fails the step.
/// </summary>
public sealed class SentimentNotifications(IAppDbContext db, IEmailSender email, IStaffDirectory staff, ILogger<SentimentNotifications> logger)
{
    /// <summary>登记: every responsible unit is told of the case and its first-response limit.</summary>
    public async Task RegisteredAsync(int caseId, string siteUrl, CancellationToken cancellationToken)
    {
        var sentiment = await FindAsync(caseId, cancellationToken);
        if (sentiment is null)
        {
            return;
        }

        var clock = sentiment.ResponseClock;
        await ToUnitsAsync(sentiment, $"政务舆情处置通知：{sentiment.Topic}", "登记", siteUrl,
            $"县政务公开办登记了{InteractionLabels.Of(sentiment.Level)}政务舆情“{sentiment.Topic}”，贵单位为{{role}}。",
            $"首次公开回应时限：{Beijing(clock.DueAt)}（自发现时起 {SentimentClock.Hours(clock.DueAt - clock.StartedAt)}）。",
            cancellationToken);
    }

    /// <summary>核实要求: every responsible unit is asked to feed back within 24 hours.</summary>
    public async Task VerificationRequestedAsync(int caseId, string siteUrl, CancellationToken cancellationToken)
    {
        var sentiment = await FindAsync(caseId, cancellationToken);
        if (sentiment?.VerificationClock is not { IsRunning: true } clock)
        {
            return;
        }

        await ToUnitsAsync(sentiment, $"政务舆情核实要求：{sentiment.Topic}", "核实要求", siteUrl,
            $"县政务公开办要求贵单位（{{role}}）核实政务舆情“{sentiment.Topic}”并反馈。",
            $"核实反馈时限：{Beijing(clock.DueAt)}（{SentimentClock.Hours(SentimentClock.VerificationLimit)}）。",
            cancellationToken);
    }

    private async Task ToUnitsAsync(
        SentimentCase sentiment, string subject, string what, string siteUrl, string intro, string limit, CancellationToken cancellationToken)
    {
        if (!email.IsConfigured)
        {
            logger.LogInformation("No SMTP server configured: the units of sentiment case {Id} were not e-mailed ({What})", sentiment.Id, what);
            return;
        }

        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        foreach (var unit in sentiment.Units.OrderByDescending(u => u.IsLead).ThenBy(u => u.OrganisationId))
        {
            var name = names.GetValueOrDefault(unit.OrganisationId, "");
            var addresses = await staff.EmailsAsync(unit.OrganisationId, Permissions.Sentiment.Feedback, cancellationToken);
            if (addresses.Count == 0)
            {
                await RecordAsync(sentiment, unit.OrganisationId, $"舆情{what}邮件未发给{name}：该单位无可接收邮件的办理人。");
                continue;
            }

            var body = string.Join("\n",
                $"{name}：", "", intro.Replace("{role}", unit.IsLead ? "牵头单位" : "责任单位", StringComparison.Ordinal), limit,
                $"请登录后台办理：{siteUrl}/admin/sentimentfeedback/details/{sentiment.Id.ToString(CultureInfo.InvariantCulture)}");
            var failed = 0;
            foreach (var address in addresses)
            {
                try
                {
                    await email.SendAsync(new EmailMessage(address, subject, body), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "E-mailing a notification about sentiment case {Id} failed", sentiment.Id);
                    failed++;
                }
            }

            await RecordAsync(sentiment, unit.OrganisationId, failed == 0
                ? $"已通过电子邮件向{name} {addresses.Count} 名办理人员发送舆情{what}通知"
                : $"舆情{what}邮件有 {failed} 封未能发给{name}（共 {addresses.Count} 封）");
        }
    }

    /// <summary>Saved even when the request was cancelled meanwhile: the mail may have gone out.</summary>
    private async Task RecordAsync(SentimentCase sentiment, int organisationId, string summary)
    {
        db.Audit(InteractionAuditActions.Notify, nameof(SentimentCase), sentiment.Id.ToString(CultureInfo.InvariantCulture), organisationId, summary);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<SentimentCase?> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.SentimentCases.AsNoTracking().Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private static string Beijing(DateTime utc) => ChinaTime.ToBeijing(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
