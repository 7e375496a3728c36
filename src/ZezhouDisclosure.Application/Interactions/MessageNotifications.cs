using System.Globalization;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// E-mail about a 留言 case, sent after the step that causes it was committed: the unit's handlers (accounts of the
/// unit whose role may answer, with an e-mail address) when a case is routed or transferred to them and when its
/// limit is near; the citizen (when they gave an address) when the answer is available and when it is published.
/// The back-office (工作台, the case list) tells the same people without e-mail. No SMTP server configured: nothing
/// is sent (logged). Each attempt's outcome is audited on the case, without the address; a failure is logged and
/// recorded and never fails the step that caused it.
/// </summary>
public sealed class MessageNotifications(
    IAppDbContext db, IEmailSender email, IStaffDirectory staff, TimeProvider time, ILogger<MessageNotifications> logger)
{
    /// <summary>Working days before the limit on which the handlers get one reminder.</summary>
    public const int ReminderWorkingDays = 1;

    /// <summary>分办 / 转办: the handlers of the unit now holding the case.</summary>
    public async Task RoutedAsync(int messageId, string siteUrl, CancellationToken cancellationToken)
    {
        var message = await FindAsync(messageId, cancellationToken);
        if (message is null)
        {
            return;
        }

        var unit = await UnitNameAsync(message.OrganisationId, cancellationToken);
        var body = Lines(
            $"{unit}：",
            "",
            $"县政务公开办已将留言 {message.Number}“{message.Title}”分办至贵单位办理，答复期限为 {Day(message.DueOn)}。",
            $"请登录后台办理：{siteUrl}{MessageAccess.StaffUrl(message.Id)}",
            "留言人的联系方式属于个人信息，仅可在后台经记录的查看操作后使用。");
        await ToHandlersAsync(message, $"留言办理通知（留言编号 {message.Number}）", body, "分办", cancellationToken);
    }

    /// <summary>答复: the citizen, told that the answer can be read with the number and query code.</summary>
    public async Task AnsweredAsync(int messageId, string siteUrl, CancellationToken cancellationToken)
    {
        var message = await FindAsync(messageId, cancellationToken);
        if (message is null || message.Status != MessageStatus.Answered)
        {
            return;
        }

        var body = Lines(
            "您好：",
            "",
            $"您的留言 {message.Number}“{message.Title}”已于 {Day(message.AnsweredOn!.Value)} 答复。",
            $"请凭留言编号和查询码在 {siteUrl}{InteractionLinks.Query} 查看答复全文。",
            "",
            "本邮件由系统自动发送，请勿直接回复。");
        await ToCitizenAsync(message, $"您的留言已答复（留言编号 {message.Number}）", body, "答复", cancellationToken);
    }

    /// <summary>公开: the citizen, told where the published answer is (without their personal data).</summary>
    public async Task PublishedAsync(int messageId, string siteUrl, CancellationToken cancellationToken)
    {
        var message = await FindAsync(messageId, cancellationToken);
        if (message is null || !message.IsPublished)
        {
            return;
        }

        var body = Lines(
            "您好：",
            "",
            $"经您同意，您的留言 {message.Number}“{message.Title}”及其答复已在本站公开（不含您的个人信息）：",
            $"{siteUrl}{InteractionLinks.PublishedAnswer(message.Number)}",
            "",
            "本邮件由系统自动发送，请勿直接回复。");
        await ToCitizenAsync(message, $"您的留言答复已公开（留言编号 {message.Number}）", body, "答复公开", cancellationToken);
    }

    /// <summary>
    /// 临期提醒: every open case assigned to a unit whose limit is <see cref="ReminderWorkingDays"/> working day away
    /// (or today), reminded once (the audit log records the reminder). Called by the daily job.
    /// </summary>
    public async Task<int> RemindDueSoonAsync(string siteUrl, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var calendar = await Requests.RequestCalendar.LoadAsync(db, cancellationToken);
        var limit = calendar.AddWorkingDays(today, ReminderWorkingDays);
        // Reviewed use of IgnoreQueryFilters: the system's daily job reads every unit's open cases (no user scope).
        var candidates = await db.CitizenMessages.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
            .Where(m => m.Status == MessageStatus.Assigned && m.DueOn >= today && m.DueOn <= limit)
            .Select(m => new { m.Id, m.DueOn })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var candidate in candidates)
        {
            var key = ReminderKey(candidate.DueOn);
            if (await db.AuditEntries.AnyAsync(a => a.Action == InteractionAuditActions.Notify && a.EntityType == nameof(CitizenMessage)
                    && a.EntityId == candidate.Id.ToString(CultureInfo.InvariantCulture) && a.Summary.Contains(key), cancellationToken))
            {
                continue;
            }

            var message = await FindAsync(candidate.Id, cancellationToken);
            if (message is null)
            {
                continue;
            }

            var unit = await UnitNameAsync(message.OrganisationId, cancellationToken);
            var body = Lines(
                $"{unit}：",
                "",
                $"贵单位办理的留言 {message.Number}“{message.Title}”答复期限为 {Day(message.DueOn)}，尚未答复，请及时办理。",
                $"{siteUrl}{MessageAccess.StaffUrl(message.Id)}");
            if (await ToHandlersAsync(message, $"留言临期提醒（留言编号 {message.Number}）", body, key, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>How the reminder for a limit is named in the audit log (one reminder per limit).</summary>
    public static string ReminderKey(DateOnly dueOn) => "临期提醒（期限 " + Day(dueOn) + "）";

    private async Task<bool> ToHandlersAsync(CitizenMessage message, string subject, string body, string what, CancellationToken cancellationToken)
    {
        if (!email.IsConfigured)
        {
            logger.LogInformation("No SMTP server configured: the handlers of message {Number} were not e-mailed ({What})", message.Number, what);
            return false;
        }

        var addresses = await staff.EmailsAsync(message.OrganisationId, Permissions.Interactions.Answer, cancellationToken);
        if (addresses.Count == 0)
        {
            await RecordAsync(message, $"留言 {message.Number} 的{what}邮件未发出：承办单位没有登记电子邮箱的办理人员。");
            return false;
        }

        var failed = 0;
        foreach (var address in addresses)
        {
            if (!await TrySendAsync(new EmailMessage(address, subject, body), message.Number, cancellationToken))
            {
                failed++;
            }
        }

        await RecordAsync(message, failed == 0
            ? $"已通过电子邮件向承办单位 {addresses.Count} 名办理人员发送留言 {message.Number} 的{what}通知"
            : $"留言 {message.Number} 的{what}邮件有 {failed} 封发送失败（共 {addresses.Count} 封）");
        return failed == 0;
    }

    private async Task ToCitizenAsync(CitizenMessage message, string subject, string body, string what, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(message.Email))
        {
            return;
        }

        if (!email.IsConfigured)
        {
            logger.LogInformation("No SMTP server configured: the citizen of message {Number} was not e-mailed ({What})", message.Number, what);
            return;
        }

        var sent = await TrySendAsync(new EmailMessage(message.Email, subject, body), message.Number, cancellationToken);
        await RecordAsync(message, sent
            ? $"已通过电子邮件告知留言人留言 {message.Number} 的{what}"
            : $"留言 {message.Number} 的{what}通知邮件未能发给留言人");
    }

    private async Task<bool> TrySendAsync(EmailMessage message, string number, CancellationToken cancellationToken)
    {
        try
        {
            await email.SendAsync(message, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "E-mailing a notification about message {Number} failed", number);
            return false;
        }
    }

    /// <summary>Saved even when the request was cancelled meanwhile: the mail may have gone out.</summary>
    private async Task RecordAsync(CitizenMessage message, string summary)
    {
        db.Audit(InteractionAuditActions.Notify, nameof(CitizenMessage), message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId, summary);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<CitizenMessage?> FindAsync(int id, CancellationToken cancellationToken) =>
        // Reviewed use of IgnoreQueryFilters: called right after the step on this case committed (by its id), also for
        // a case the clerk just handed on; only the outcome of the e-mail is written (audit).
        await db.CitizenMessages.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>The unit's official name (its legal name when recorded), as a letter to it is addressed.</summary>
    private async Task<string> UnitNameAsync(int organisationId, CancellationToken cancellationToken)
    {
        var unit = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.LegalName }).FirstOrDefaultAsync(cancellationToken);
        return unit is null ? "" : string.IsNullOrWhiteSpace(unit.LegalName) ? unit.Name : unit.LegalName;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Lines(params string[] lines) => string.Join("\n", lines);
}
