using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A published 征求意见 without a published 反馈 / 采纳情况 30 days after its closing day (扣分): evaluators check that
/// every consultation has its feedback.
/// </summary>
public sealed class FeedbackPublishedCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "participation.feedback-missing";

    public string Name => "征求意见未公布意见采纳情况";

    public string Source => "重大行政决策程序暂行条例第十四条；泽政办发〔2020〕22号 三(二)2";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(ChinaTime.ToBeijing(context.Now.UtcDateTime));
        var lastClosing = today.AddDays(-ConsultationPeriod.FeedbackDueDays - 1);
        var late = await db.Consultations.AsNoTracking()
            .Where(c => c.Status == ConsultationStatus.Published && c.FeedbackStatus != FeedbackStatus.Published && c.ClosesOn <= lastClosing)
            .Select(c => new { c.Id, c.OrganisationId, c.Title, c.ClosesOn })
            .ToListAsync(cancellationToken);
        return [.. late.Where(c => context.Covers(c.OrganisationId)).Select(c => new ComplianceObservation(
            c.OrganisationId,
            "consultation:" + c.Id.ToString(CultureInfo.InvariantCulture),
            FindingSeverity.Deduction,
            $"征求意见《{c.Title}》于 {c.ClosesOn:yyyy-MM-dd} 截止，截止后 {ConsultationPeriod.FeedbackDueDays} 日（{ConsultationPeriod.FeedbackDueOn(c.ClosesOn):yyyy-MM-dd}）仍未公布意见采纳情况。",
            ParticipationLinks.Consultation(c.Id)))];
    }
}

/// <summary>A published 征求意见 whose period is shorter than 30 days without a recorded reason (提示).</summary>
public sealed class ConsultationPeriodCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "participation.short-period";

    public string Name => "征求意见期限少于 30 日且未说明理由";

    public string Source => "重大行政决策程序暂行条例第十四条";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var published = await db.Consultations.AsNoTracking()
            .Where(c => c.Status == ConsultationStatus.Published && c.ShortPeriodReason == null)
            .Select(c => new { c.Id, c.OrganisationId, c.Title, c.OpensOn, c.ClosesOn })
            .ToListAsync(cancellationToken);
        return [.. published
            .Where(c => context.Covers(c.OrganisationId) && ConsultationPeriod.IsShort(c.OpensOn, c.ClosesOn))
            .Select(c => new ComplianceObservation(
                c.OrganisationId,
                "consultation:" + c.Id.ToString(CultureInfo.InvariantCulture),
                FindingSeverity.Notice,
                $"征求意见《{c.Title}》期限 {ConsultationPeriod.Days(c.OpensOn, c.ClosesOn)} 日，少于 {ConsultationPeriod.MinimumDays} 日，未说明理由。",
                ParticipationLinks.Consultation(c.Id)))];
    }
}
