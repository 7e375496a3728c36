using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>The open messages of one kind as a check sees them (every unit's; checks run as 系统).</summary>
internal static class OpenMessages
{
    public static async Task<List<CitizenMessage>> LoadAsync(IAppDbContext db, MessageKind kind, ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        // Reviewed use of IgnoreQueryFilters: the inspector reads every unit's open cases (read-only).
        var open = await db.CitizenMessages.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
            .Where(m => m.Kind == kind && (m.Status == MessageStatus.Received || m.Status == MessageStatus.Assigned))
            .ToListAsync(cancellationToken);
        return [.. open.Where(m => context.Covers(m.OrganisationId))];
    }

    public static DateOnly Today(ComplianceCheckContext context) => DateOnly.FromDateTime(ChinaTime.ToBeijing(context.Now.UtcDateTime));
}

/// <summary>留言 unanswered past their working-day limit (扣分).</summary>
public sealed class MessagesPastLimitCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "interaction.overdue";

    public string Name => "留言超期未答复";

    public string Source => "国办秘函〔2019〕19号 政府网站与政务新媒体检查指标：互动回应（简单咨询5个工作日内答复）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var today = OpenMessages.Today(context);
        return
        [
            .. (await OpenMessages.LoadAsync(db, MessageKind.Enquiry, context, cancellationToken))
                .Where(m => m.IsOverdue(today) && !m.IsUnansweredPastVetoLimit(today))
                .Select(m => new ComplianceObservation(m.OrganisationId, "message:" + m.Number, FindingSeverity.Deduction,
                    $"留言 {m.Number}（{InteractionLabels.Of(m.Category)}）答复期限 {m.DueOn:yyyy-MM-dd}，至今未答复。", MessageAccess.StaffUrl(m.Id))),
        ];
    }
}

/// <summary>留言 unanswered for more than 3 months: “互动回应差” (单项否决).</summary>
public sealed class MessagesUnansweredVetoCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "interaction.unanswered";

    public string Name => "互动回应差（留言超过3个月未答复）";

    public string Source => "国办秘函〔2019〕19号 单项否决指标“互动回应差”";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var today = OpenMessages.Today(context);
        return
        [
            .. (await OpenMessages.LoadAsync(db, MessageKind.Enquiry, context, cancellationToken))
                .Where(m => m.IsUnansweredPastVetoLimit(today))
                .Select(m => new ComplianceObservation(m.OrganisationId, "message:" + m.Number, FindingSeverity.Veto,
                    $"留言 {m.Number} 于 {m.ReceivedOn:yyyy-MM-dd} 收到，超过 {MessageDeadlines.VetoMonths} 个月未答复。", MessageAccess.StaffUrl(m.Id))),
        ];
    }
}

/// <summary>找错 reports not handled within their limit (1 working day by default; 扣分).</summary>
public sealed class ErrorReportsPastLimitCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "interaction.error-report-overdue";

    public string Name => "网站找错超期未处理";

    public string Source => "国办秘函〔2019〕19号 政府网站检查指标：“我为政府网站找错”留言按时处理";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var today = OpenMessages.Today(context);
        return
        [
            .. (await OpenMessages.LoadAsync(db, MessageKind.ErrorReport, context, cancellationToken))
                .Where(m => m.IsOverdue(today))
                .Select(m => new ComplianceObservation(m.OrganisationId, "error-report:" + m.Number, FindingSeverity.Deduction,
                    $"找错留言 {m.Number} 处理期限 {m.DueOn:yyyy-MM-dd}，至今未处理。", MessageAccess.StaffUrl(m.Id))),
        ];
    }
}
