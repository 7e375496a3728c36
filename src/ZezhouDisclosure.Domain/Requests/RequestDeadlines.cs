using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Requests;

/// <summary>A consultation interval during which the answer clock is paused (第三十三条第三款).</summary>
/// <param name="Kind">Third party or another agency.</param>
/// <param name="StartedOn">The day the 征求意见书 went out; it still counts as a day of the time limit.</param>
/// <param name="EndedOn">The day the opinion arrived, or null while it is awaited.</param>
public sealed record DeadlinePause(ConsultationKind Kind, DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>Everything the answer deadline depends on.</summary>
/// <param name="ReceivedOn">收到申请之日 (第三十一条).</param>
/// <param name="SupplementReceivedOn">收到补正的申请之日: the clock restarts from it (第三十条).</param>
/// <param name="Pauses">The consultations, in any order.</param>
/// <param name="ExtensionDays">Approved extension in working days (0 when none; at most 20).</param>
public sealed record DeadlineFacts(
    DateOnly ReceivedOn,
    DateOnly? SupplementReceivedOn = null,
    IReadOnlyList<DeadlinePause>? Pauses = null,
    int ExtensionDays = 0);

/// <summary>One line of the on-screen explanation of a due date.</summary>
public sealed record DeadlineStep(DateOnly Date, string Text);

/// <summary>A computed answer deadline and how it was reached.</summary>
/// <param name="DueDate">The last day to answer.</param>
/// <param name="SupplementNoticeDue">The last day for the one-time 补正 notice.</param>
/// <param name="IsEstimate">The due date (or a day counted before it) lies in a year with no loaded holiday notice.</param>
/// <param name="IsPaused">A consultation is still open; the due date assumes it runs its full 15 working days.</param>
/// <param name="Steps">The explanation, receipt first, due date last.</param>
public sealed record RequestDeadline(
    DateOnly DueDate,
    DateOnly SupplementNoticeDue,
    bool IsEstimate,
    bool IsPaused,
    IReadOnlyList<DeadlineStep> Steps)
{
    /// <summary>Working days left until the due date, negative when overdue (0 on the due date itself).</summary>
    public int WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly today) =>
        today <= DueDate ? calendar.CountWorkingDays(today, DueDate) : -calendar.CountWorkingDays(DueDate, today);
}

/// <summary>
/// The statutory time limits of 依申请公开 on China's working-day calendar. Pure: the same facts and calendar always
/// give the same due date, so every open deadline can be recomputed when an administrator loads a new year's notice.
/// </summary>
public static class RequestDeadlines
{
    /// <summary>第三十三条: 20 working days from receipt.</summary>
    public const int AnswerWorkingDays = 20;

    /// <summary>第三十三条: an extension of at most 20 working days.</summary>
    public const int MaximumExtensionWorkingDays = 20;

    /// <summary>第三十条: the one-time 补正 notice within 7 working days of receipt.</summary>
    public const int SupplementNoticeWorkingDays = 7;

    /// <summary>第三十二、三十四条: 15 working days for a third party or another agency to give its opinion.</summary>
    public const int ConsultationWorkingDays = 15;

    /// <summary>The last day a consultation started on <paramref name="startedOn"/> may pause the clock.</summary>
    public static DateOnly ConsultationEnds(WorkingDayCalendar calendar, DateOnly startedOn) =>
        calendar.AddWorkingDays(startedOn, ConsultationWorkingDays);

    public static RequestDeadline Compute(WorkingDayCalendar calendar, DeadlineFacts facts)
    {
        if (facts.ExtensionDays is < 0 or > MaximumExtensionWorkingDays)
        {
            throw new DomainException($"延长答复期限最长不得超过 {MaximumExtensionWorkingDays} 个工作日。");
        }

        var steps = new List<DeadlineStep>();
        var estimate = false;
        void Note(DateOnly date, string text)
        {
            estimate |= calendar.IsEstimate(date);
            steps.Add(new DeadlineStep(date, text));
        }

        var supplementNoticeDue = calendar.AddWorkingDays(facts.ReceivedOn, SupplementNoticeWorkingDays);
        Note(facts.ReceivedOn, $"收到申请（条例第三十一条），自次日起计算 {AnswerWorkingDays} 个工作日（第三十三条）；"
            + $"如需补正，应于 {Show(supplementNoticeDue)} 前一次性告知（第三十条）。");

        var clockStart = facts.ReceivedOn;
        if (facts.SupplementReceivedOn is { } restart)
        {
            if (restart < facts.ReceivedOn)
            {
                throw new DomainException("收到补正的日期不能早于收到申请的日期。");
            }

            clockStart = restart;
            Note(restart, "收到补正后的申请，答复期限自该日重新起算（第三十条）。");
        }

        var total = AnswerWorkingDays;
        if (facts.ExtensionDays > 0)
        {
            total += facts.ExtensionDays;
        }

        // Walk the clock: the working days between the clock start and a pause's start are used; the days of the
        // pause (after its start, up to and including its end) are not counted; counting resumes after the end.
        var used = 0;
        var resumeFrom = clockStart;
        var paused = false;
        foreach (var pause in (facts.Pauses ?? []).OrderBy(p => p.StartedOn))
        {
            var latestEnd = ConsultationEnds(calendar, pause.StartedOn);
            var end = pause.EndedOn is { } ended ? (ended < latestEnd ? ended : latestEnd) : latestEnd;
            if (pause.EndedOn is { } e && e < pause.StartedOn)
            {
                throw new DomainException("征求意见的结束日期不能早于开始日期。");
            }

            if (end <= resumeFrom)
            {
                continue; // before the clock (re)started, or inside an earlier pause
            }

            var start = pause.StartedOn < resumeFrom ? resumeFrom : pause.StartedOn;
            var before = calendar.CountWorkingDays(resumeFrom, start);
            if (used + before >= total)
            {
                break; // the time limit ran out before this consultation started; it cannot revive it
            }

            used += before;
            var excluded = calendar.CountWorkingDays(start, end);
            var who = pause.Kind == ConsultationKind.ThirdParty ? "征求第三方意见（第三十二条）" : "征求其他机关意见（第三十四条）";
            string how;
            if (pause.EndedOn is null)
            {
                paused = true;
                how = $"尚未收到意见，暂按最长 {ConsultationWorkingDays} 个工作日计至 {Show(end)}";
            }
            else if (pause.EndedOn.Value < latestEnd)
            {
                how = $"{Show(pause.EndedOn.Value)} 提前收到意见";
            }
            else if (pause.EndedOn.Value == latestEnd)
            {
                how = $"{Show(end)} 收到意见";
            }
            else
            {
                how = pause.Kind == ConsultationKind.OtherAgency
                    ? $"至 {Show(end)} 期满未提出意见，视为同意公开"
                    : $"至 {Show(end)} 期满未提出意见，由本机关依法决定";
            }

            Note(start, $"{who}：{how}；其间 {excluded} 个工作日不计算在答复期限内（第三十三条第三款）。");
            resumeFrom = end;
        }

        if (facts.ExtensionDays > 0)
        {
            Note(clockStart, $"经政府信息公开工作机构负责人同意，延长答复期限 {facts.ExtensionDays} 个工作日（第三十三条第二款）。");
        }

        var remaining = Math.Max(0, total - used);
        var due = calendar.AddWorkingDays(resumeFrom, remaining);
        estimate |= calendar.IsEstimate(due);
        var text = $"答复期限届满日：{Show(due)}（共 {total} 个工作日）";
        if (estimate)
        {
            text += $"。{due.Year} 年放假安排尚未公布，此日期为按周一至周五估算";
        }

        steps.Add(new DeadlineStep(due, text + "。"));
        return new RequestDeadline(due, supplementNoticeDue, estimate, paused, steps);
    }

    private static string Show(DateOnly date) => date.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
