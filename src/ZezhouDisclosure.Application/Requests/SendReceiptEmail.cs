using System.Globalization;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// Records how e-mailing an application's receipt went (sent, or why not), on the case and in the audit log, so staff
/// see an applicant who did not get the query code by e-mail. Sent after the application was committed.
/// </summary>
public sealed record RecordReceiptEmailCommand(string Number, bool Sent, string? Problem) : ICommand;

public sealed class RecordReceiptEmailHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<RecordReceiptEmailCommand>
{
    public async ValueTask<Unit> Handle(RecordReceiptEmailCommand command, CancellationToken cancellationToken)
    {
        // Reviewed use of IgnoreQueryFilters: recorded right after the anonymous applicant's own submission (or a
        // clerk's registration), by its number; the only change is the e-mail outcome.
        var request = await db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName])
            .FirstOrDefaultAsync(r => r.Number == command.Number, cancellationToken);
        if (request is null)
        {
            return Unit.Value;
        }

        if (command.Sent)
        {
            request.RecordReceiptEmailSent(time.GetUtcNow().UtcDateTime);
        }
        else
        {
            request.RecordReceiptEmailProblem(command.Problem ?? "未发送。");
        }

        db.Audit(RequestAuditActions.ReceiptEmail, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            command.Sent ? $"已通过电子邮件向申请人发送申请 {request.Number} 的回执和查询码" : $"申请 {request.Number} 的回执邮件未发出：{request.ReceiptEmailProblem}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// E-mails the applicant the receipt and the query code right after the application was committed (the code exists
/// only in this request: it is never stored, so there is nothing to retry later). No SMTP server configured: nothing
/// is sent and that is logged. A failure is logged as a warning. Either way the outcome is recorded on the case
/// (<see cref="RecordReceiptEmailCommand"/>) for staff, and the receipt page tells the applicant.
/// </summary>
public sealed class ReceiptEmails(IEmailSender email, ISender sender, ILogger<ReceiptEmails> logger)
{
    /// <summary>Sends when the receipt is new and carries an address; returns the receipt with <c>EmailSent</c> set.</summary>
    public async Task<SubmitRequestResult> SendAsync(SubmitRequestResult receipt, string queryPageUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (receipt.QueryCode is null || string.IsNullOrWhiteSpace(receipt.Email))
        {
            return receipt;
        }

        if (!email.IsConfigured)
        {
            logger.LogInformation("No SMTP server configured: the receipt of application {Number} was not e-mailed", receipt.Number);
            await sender.Send(new RecordReceiptEmailCommand(receipt.Number, false, "未配置邮件服务器，回执和查询码未通过电子邮件发送。"), CancellationToken.None);
            return receipt with { EmailSent = false };
        }

        try
        {
            await email.SendAsync(Message(receipt, queryPageUrl), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "E-mailing the receipt of application {Number} failed", receipt.Number);
            await sender.Send(new RecordReceiptEmailCommand(receipt.Number, false, "邮件发送失败：" + ex.Message), CancellationToken.None);
            return receipt with { EmailSent = false };
        }

        await sender.Send(new RecordReceiptEmailCommand(receipt.Number, true, null), CancellationToken.None);
        return receipt with { EmailSent = true };
    }

    /// <summary>The receipt as a plain-text message: number, code, received date and where to query; nothing else personal.</summary>
    public static EmailMessage Message(SubmitRequestResult receipt, string queryPageUrl)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var received = receipt.ReceivedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var body = string.Join("\n",
            "您好：",
            "",
            $"{receipt.OrganisationName}已收到您的政府信息公开申请，收到申请之日为 {received}（《中华人民共和国政府信息公开条例》第三十一条）。",
            "",
            $"申请编号：{receipt.Number}",
            $"查询码：{receipt.QueryCode}",
            "",
            $"凭申请编号和查询码可在 {queryPageUrl} 查询办理进度；答复后，答复告知书（以及您选择网上获取或电子邮件时所提供的信息）也在该页面提供。",
            "查询码只发送这一次，本站不保存其原文，遗失后无法找回，请妥善保存本邮件。",
            $"行政机关将自收到申请之日起 {RequestDeadlines.AnswerWorkingDays} 个工作日内答复；内容需要补正的，将一次性告知。",
            "",
            "本邮件由系统自动发送，请勿直接回复。");
        return new EmailMessage(receipt.Email!, $"政府信息公开申请回执（申请编号 {receipt.Number}）", body);
    }
}
