using System.Globalization;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>The 依申请公开 time limits on the official calendars shipped with the portal (2020–2026).</summary>
public class RequestDeadlinesTests
{
    private static readonly WorkingDayCalendar Official = Build(extra2027: false);

    private static WorkingDayCalendar Build(bool extra2027)
    {
        var years = HolidayCalendarSeeder.Load();
        var days = years.SelectMany(y => y.Days).ToList();
        var loaded = years.Select(y => y.Year.Year).ToList();
        if (extra2027)
        {
            loaded.Add(2027);
            days.Add(new CalendarDay(D("2027-01-01"), CalendarDayKind.Holiday, "元旦"));
        }

        return new WorkingDayCalendar(loaded, days);
    }

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Pauses written as "T:2026-09-24..2026-10-09" (third party) or "A:2026-09-24.." (agency, still open), joined by ';'.</summary>
    private static List<DeadlinePause> Pauses(string pauses) =>
        [.. pauses.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var kind = p[0] == 'T' ? ConsultationKind.ThirdParty : ConsultationKind.OtherAgency;
            var range = p[2..].Split("..");
            return new DeadlinePause(kind, D(range[0]), range[1].Length == 0 ? null : D(range[1]));
        })];

    [Theory]
    // plain: 20 working days across Spring Festival 2026, make-up Saturdays 02-14 and 02-28 counted
    [InlineData("2026-02-10", null, "", 0, "2026-03-16", false)]
    // 补正 received 02-26: the clock restarts from that day (the receipt date no longer matters)
    [InlineData("2026-02-10", "2026-02-26", "", 0, "2026-03-25", false)]
    // across National Day 2026 (make-up 09-20 and 10-10)
    [InlineData("2026-09-18", null, "", 0, "2026-10-22", false)]
    // third party consulted 09-24, answered early on 10-09: 5 working days used before, 5 not counted
    [InlineData("2026-09-18", null, "T:2026-09-24..2026-10-09", 0, "2026-10-29", false)]
    // still waiting: the pause runs its full 15 working days (to 10-22) and the due date is provisional
    [InlineData("2026-09-18", null, "T:2026-09-24..", 0, "2026-11-12", true)]
    // another agency that answered late: silence after 15 working days counts as consent, the pause stops at 10-22
    [InlineData("2026-09-18", null, "A:2026-09-24..2026-10-30", 0, "2026-11-12", false)]
    // an extension of 20 working days
    [InlineData("2026-09-18", null, "", 20, "2026-11-19", false)]
    // everything: 补正 restart, a pause that ends early, a 10-day extension, and 清明 2026
    [InlineData("2026-02-10", "2026-02-26", "T:2026-03-04..2026-03-09", 10, "2026-04-14", false)]
    // two consultations one after the other
    [InlineData("2026-09-18", null, "T:2026-09-21..2026-09-22;A:2026-09-24..2026-10-09", 0, "2026-10-30", false)]
    // a consultation started after the time limit ran out does not revive it
    [InlineData("2026-02-10", null, "T:2026-03-20..2026-03-25", 0, "2026-03-16", false)]
    public void Compute_OnTheOfficialCalendar_GivesTheStatutoryDueDate(
        string received, string? supplement, string pauses, int extension, string expected, bool paused)
    {
        var deadline = RequestDeadlines.Compute(
            Official, new DeadlineFacts(D(received), supplement is null ? null : D(supplement), Pauses(pauses), extension));

        Assert.Equal(D(expected), deadline.DueDate);
        Assert.Equal(paused, deadline.IsPaused);
        Assert.False(deadline.IsEstimate);
    }

    [Theory]
    [InlineData("2026-02-10", "2026-02-26")] // 7 working days across the festival, make-up Saturday 02-14 counted
    [InlineData("2026-02-13", "2026-03-02")]
    [InlineData("2026-09-29", "2026-10-14")] // Golden Week and make-up Saturday 10-10
    public void Compute_SupplementNotice_IsDueWithinSevenWorkingDaysOfReceipt(string received, string expected)
    {
        Assert.Equal(D(expected), RequestDeadlines.Compute(Official, new DeadlineFacts(D(received))).SupplementNoticeDue);
    }

    [Fact]
    public void Compute_DueDateInAYearWithoutANotice_IsFlaggedAsAnEstimateAndSaysSo()
    {
        var deadline = RequestDeadlines.Compute(Official, new DeadlineFacts(D("2026-11-27"), ExtensionDays: 20));

        Assert.Equal(D("2027-01-22"), deadline.DueDate); // 2027-01-01 counted as an ordinary Friday
        Assert.True(deadline.IsEstimate);
        Assert.Contains("估算", deadline.Steps[^1].Text);
    }

    [Fact]
    public void Compute_WhenThe2027NoticeIsLoaded_MovesTheOpenDeadlineAndDropsTheEstimate()
    {
        var facts = new DeadlineFacts(D("2026-11-27"), ExtensionDays: 20);

        var before = RequestDeadlines.Compute(Official, facts);
        var after = RequestDeadlines.Compute(Build(extra2027: true), facts);

        Assert.Equal(D("2027-01-22"), before.DueDate);
        Assert.Equal(D("2027-01-25"), after.DueDate); // New Year's Day is a holiday: one working day later (a Monday)
        Assert.False(after.IsEstimate);
    }

    [Fact]
    public void Compute_Explanation_ListsReceiptRestartPauseExtensionAndDueDateInOrder()
    {
        var deadline = RequestDeadlines.Compute(Official, new DeadlineFacts(
            D("2026-02-10"), D("2026-02-26"), Pauses("T:2026-03-04..2026-03-09"), 10));

        Assert.Collection(
            deadline.Steps,
            s => Assert.Contains("收到申请", s.Text),
            s => Assert.Contains("重新起算", s.Text),
            s =>
            {
                Assert.Contains("提前收到意见", s.Text);
                Assert.Contains("3 个工作日不计算在答复期限内", s.Text);
            },
            s => Assert.Contains("延长答复期限 10 个工作日", s.Text),
            s => Assert.Contains("2026年4月14日", s.Text));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    public void Compute_ExtensionOutsideOneToTwenty_IsRefused(int days)
    {
        Assert.Throws<DomainException>(() => RequestDeadlines.Compute(Official, new DeadlineFacts(D("2026-09-18"), ExtensionDays: days)));
    }

    [Theory]
    [InlineData("2026-10-22", "2026-10-22", 0)]
    [InlineData("2026-10-19", "2026-10-22", 3)]
    [InlineData("2026-10-23", "2026-10-22", -1)]
    [InlineData("2026-09-30", "2026-10-22", 12)] // Golden Week does not count
    public void WorkingDaysLeft_CountsWorkingDaysOnlyAndIsNegativeWhenOverdue(string today, string due, int expected)
    {
        var deadline = new RequestDeadline(D(due), D(due), false, false, []);

        Assert.Equal(expected, deadline.WorkingDaysLeft(Official, D(today)));
    }
}
