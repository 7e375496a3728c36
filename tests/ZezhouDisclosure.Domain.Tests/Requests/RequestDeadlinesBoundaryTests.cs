using System.Globalization;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>
/// The boundaries of the 依申请公开 time limits and the explanation the clerk reads, on the official calendars shipped
/// with the portal (2020–2026). Without a pause, an application received on Friday 2026-09-18 is due on 2026-10-22.
/// </summary>
public class RequestDeadlinesBoundaryTests
{
    private static readonly WorkingDayCalendar Official = Build();

    private static readonly DateOnly Received = D("2026-09-18");

    private static readonly DateOnly PlainDue = D("2026-10-22");

    private static WorkingDayCalendar Build()
    {
        var years = HolidayCalendarSeeder.Load();
        return new WorkingDayCalendar(years.Select(y => y.Year.Year), years.SelectMany(y => y.Days));
    }

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static RequestDeadline Compute(DateOnly? supplement = null, int extension = 0, params DeadlinePause[] pauses) =>
        RequestDeadlines.Compute(Official, new DeadlineFacts(Received, supplement, pauses, extension));

    private static DeadlinePause ThirdParty(string from, string? to) => new(ConsultationKind.ThirdParty, D(from), to is null ? null : D(to));

    private static DeadlinePause Agency(string from, string? to) => new(ConsultationKind.OtherAgency, D(from), to is null ? null : D(to));

    [Fact]
    public void Compute_WithoutPauses_IsDueOnTheTwentiethWorkingDayAndExplainsReceiptAndDueDate()
    {
        var deadline = Compute();

        Assert.Equal(PlainDue, deadline.DueDate);
        Assert.Equal(20, Official.CountWorkingDays(Received, deadline.DueDate));
        Assert.False(deadline.IsPaused);
        Assert.Collection(
            deadline.Steps,
            s =>
            {
                Assert.Equal(Received, s.Date);
                Assert.Equal(
                    $"收到申请（条例第三十一条），自次日起计算 20 个工作日（第三十三条）；如需补正，应于 {Show(deadline.SupplementNoticeDue)} 前一次性告知（第三十条）。",
                    s.Text);
            },
            s =>
            {
                Assert.Equal(PlainDue, s.Date);
                Assert.Equal("答复期限届满日：2026年10月22日（共 20 个工作日）。", s.Text);
            });
    }

    [Fact]
    public void Compute_ConsultationSentOnTheLastDay_DoesNotMoveTheDueDate()
    {
        var deadline = Compute(pauses: ThirdParty("2026-10-22", "2026-10-30"));

        Assert.Equal(PlainDue, deadline.DueDate);
        Assert.DoesNotContain(deadline.Steps, s => s.Text.Contains("征求", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_ConsultationSentOnTheDayBeforeTheLast_PausesTheClock()
    {
        // 19 working days used; 10-22 not counted; the 20th working day is the next one, Friday 10-23.
        var deadline = Compute(pauses: ThirdParty("2026-10-21", "2026-10-22"));

        Assert.Equal(D("2026-10-23"), deadline.DueDate);
    }

    [Fact]
    public void Compute_ConsultationThatEndedBeforeTheSupplementRestartedTheClock_IsIgnored()
    {
        var withPause = Compute(D("2026-09-25"), 0, ThirdParty("2026-09-21", "2026-09-24"));
        var without = Compute(D("2026-09-25"));

        Assert.Equal(D("2026-10-29"), without.DueDate);
        Assert.Equal(without.DueDate, withPause.DueDate);
        Assert.DoesNotContain(withPause.Steps, s => s.Text.Contains("征求", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_ConsultationEndingOnTheDayTheClockRestarted_IsIgnored()
    {
        var deadline = Compute(D("2026-09-25"), 0, ThirdParty("2026-09-21", "2026-09-25"));

        Assert.Equal(D("2026-10-29"), deadline.DueDate);
        Assert.DoesNotContain(deadline.Steps, s => s.Text.Contains("征求", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_ConsultationRunningWhenTheClockRestarted_PausesOnlyFromTheRestart()
    {
        // Restart 09-25; the pause covers 09-28 and 09-29 only (not the days before the restart).
        var deadline = Compute(D("2026-09-25"), 0, ThirdParty("2026-09-21", "2026-09-29"));

        Assert.Equal(D("2026-11-02"), deadline.DueDate);
        var step = Assert.Single(deadline.Steps, s => s.Text.Contains("征求", StringComparison.Ordinal));
        Assert.Equal(D("2026-09-25"), step.Date);
        Assert.Contains("其间 2 个工作日不计算在答复期限内", step.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_PausesGivenOutOfOrder_AreWalkedInDateOrder()
    {
        var inOrder = Compute(pauses: [ThirdParty("2026-09-21", "2026-09-22"), Agency("2026-09-24", "2026-10-09")]);
        var reversed = Compute(pauses: [Agency("2026-09-24", "2026-10-09"), ThirdParty("2026-09-21", "2026-09-22")]);

        Assert.Equal(D("2026-10-30"), reversed.DueDate);
        Assert.Equal(inOrder.Steps.Select(s => s.Text), reversed.Steps.Select(s => s.Text));
    }

    [Fact]
    public void Compute_OpinionOnTheLastConsultationDay_SaysItArrivedAndPausesFifteenDays()
    {
        var latest = RequestDeadlines.ConsultationEnds(Official, D("2026-09-24"));
        Assert.Equal(15, Official.CountWorkingDays(D("2026-09-24"), latest));

        var deadline = Compute(pauses: ThirdParty("2026-09-24", latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        var step = deadline.Steps[1];
        Assert.Equal(D("2026-09-24"), step.Date);
        Assert.Equal($"征求第三方意见（第三十二条）：{Show(latest)} 收到意见；其间 15 个工作日不计算在答复期限内（第三十三条第三款）。", step.Text);
        Assert.Equal(Official.AddWorkingDays(PlainDue, 15), deadline.DueDate);
        Assert.False(deadline.IsPaused);
    }

    [Fact]
    public void Compute_EarlyOpinion_SaysWhenItArrived()
    {
        // 09-25 is 中秋节 and 09-26/27 a weekend: of the pause only Monday 09-28 was a working day.
        var deadline = Compute(pauses: Agency("2026-09-24", "2026-09-28"));

        Assert.Equal("征求其他机关意见（第三十四条）：2026年9月28日 提前收到意见；其间 1 个工作日不计算在答复期限内（第三十三条第三款）。", deadline.Steps[1].Text);
        Assert.Equal(D("2026-10-23"), deadline.DueDate);
    }

    [Fact]
    public void Compute_OpinionStillAwaited_CountsTheFullFifteenDaysAndIsPaused()
    {
        var latest = RequestDeadlines.ConsultationEnds(Official, D("2026-09-24"));

        var deadline = Compute(pauses: ThirdParty("2026-09-24", null));

        Assert.True(deadline.IsPaused);
        Assert.Equal($"征求第三方意见（第三十二条）：尚未收到意见，暂按最长 15 个工作日计至 {Show(latest)}；其间 15 个工作日不计算在答复期限内（第三十三条第三款）。", deadline.Steps[1].Text);
    }

    [Theory]
    [InlineData(ConsultationKind.OtherAgency, "征求其他机关意见（第三十四条）：至 {0} 期满未提出意见，视为同意公开")]
    [InlineData(ConsultationKind.ThirdParty, "征求第三方意见（第三十二条）：至 {0} 期满未提出意见，由本机关依法决定")]
    public void Compute_SilenceBeyondFifteenDays_StopsThePauseAndSaysWhatFollows(ConsultationKind kind, string expected)
    {
        var latest = RequestDeadlines.ConsultationEnds(Official, D("2026-09-24"));

        var deadline = Compute(pauses: new DeadlinePause(kind, D("2026-09-24"), latest.AddDays(10)));

        Assert.StartsWith(string.Format(CultureInfo.InvariantCulture, expected, Show(latest)), deadline.Steps[1].Text, StringComparison.Ordinal);
        Assert.Equal(Official.AddWorkingDays(PlainDue, 15), deadline.DueDate);
    }

    [Fact]
    public void Compute_PauseEndingBeforeItStarted_IsRefused()
    {
        var exception = Assert.Throws<DomainException>(() => Compute(pauses: ThirdParty("2026-09-24", "2026-09-23")));

        Assert.Equal("征求意见的结束日期不能早于开始日期。", exception.Message);
    }

    [Fact]
    public void Compute_PauseEndingTheDayItStarted_ExcludesNothing()
    {
        var deadline = Compute(pauses: ThirdParty("2026-09-24", "2026-09-24"));

        Assert.Equal(PlainDue, deadline.DueDate);
        Assert.Contains("其间 0 个工作日不计算在答复期限内", deadline.Steps[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SupplementBeforeReceipt_IsRefused()
    {
        var exception = Assert.Throws<DomainException>(() => Compute(D("2026-09-17")));

        Assert.Equal("收到补正的日期不能早于收到申请的日期。", exception.Message);
    }

    [Fact]
    public void Compute_SupplementOnTheDayOfReceipt_RestartsFromThatDay()
    {
        var deadline = Compute(Received);

        Assert.Equal(PlainDue, deadline.DueDate);
        Assert.Equal(new DeadlineStep(Received, "收到补正后的申请，答复期限自该日重新起算（第三十条）。"), deadline.Steps[1]);
    }

    [Fact]
    public void Compute_OneDayExtension_AddsOneWorkingDayAndExplainsIt()
    {
        var deadline = Compute(extension: 1);

        Assert.Equal(D("2026-10-23"), deadline.DueDate);
        Assert.Equal(
            new DeadlineStep(Received, "经政府信息公开工作机构负责人同意，延长答复期限 1 个工作日（第三十三条第二款）。"), deadline.Steps[1]);
        Assert.Equal("答复期限届满日：2026年10月23日（共 21 个工作日）。", deadline.Steps[^1].Text);
    }

    [Fact]
    public void Compute_TwentyDayExtension_IsTheMaximumAllowed()
    {
        Assert.Equal(Official.AddWorkingDays(Received, 40), Compute(extension: 20).DueDate);

        var exception = Assert.Throws<DomainException>(() => Compute(extension: 21));
        Assert.Equal("延长答复期限最长不得超过 20 个工作日。", exception.Message);
    }

    [Fact]
    public void Compute_ReceivedAndDueInAYearWithoutANotice_IsAnEstimate()
    {
        // 2027 has no notice loaded: counted Monday to Friday, 2027-03-01 + 20 working days = 2027-03-29.
        var deadline = RequestDeadlines.Compute(Official, new DeadlineFacts(D("2027-03-01")));

        Assert.Equal(D("2027-03-29"), deadline.DueDate);
        Assert.True(deadline.IsEstimate);
        Assert.Equal("答复期限届满日：2027年3月29日（共 20 个工作日）。2027 年放假安排尚未公布，此日期为按周一至周五估算。", deadline.Steps[^1].Text);
    }

    [Fact]
    public void Compute_ReceivedInAYearWithoutANoticeWithARestartThere_IsStillAnEstimate()
    {
        var deadline = RequestDeadlines.Compute(Official, new DeadlineFacts(D("2027-03-01"), D("2027-03-02"), [], 1));

        Assert.True(deadline.IsEstimate);
    }

    [Fact]
    public void Compute_AllInALoadedYear_IsNoEstimate()
    {
        var deadline = Compute(D("2026-09-25"), 5, ThirdParty("2026-09-28", "2026-09-29"));

        Assert.False(deadline.IsEstimate);
        Assert.DoesNotContain(deadline.Steps, s => s.Text.Contains("估算", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_ReceivedInAYearWithoutANoticeAndDueInALoadedOne_IsStillAnEstimate()
    {
        // 2019 is not loaded: the days counted in December 2019 (receipt, then the restart after 补正) are only an
        // estimate, though the due date is in 2020.
        var deadline = RequestDeadlines.Compute(Official, new DeadlineFacts(D("2019-12-20"), D("2019-12-23")));

        Assert.Equal(2020, deadline.DueDate.Year);
        Assert.True(deadline.IsEstimate);
    }

    [Fact]
    public void ConsultationEnds_IsFifteenWorkingDaysAfterTheStart() =>
        Assert.Equal(Official.AddWorkingDays(D("2026-09-24"), 15), RequestDeadlines.ConsultationEnds(Official, D("2026-09-24")));
}
