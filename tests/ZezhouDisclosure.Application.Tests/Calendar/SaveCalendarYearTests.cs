using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Calendar;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Calendar;

/// <summary>An administrator enters a year's holiday notice; open deadlines follow the calendar (today 2026-11-27).</summary>
public class SaveCalendarYearTests
{
    private static readonly CalendarRangeInput[] Holidays2027 =
    [
        new("元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)),
        new("春节", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 13)),
    ];

    private static readonly CalendarRangeInput[] MakeUp2027 = [new("春节", new DateOnly(2027, 2, 20), new DateOnly(2027, 2, 20))];

    private static async Task<SaveCalendarYearResult> SaveAsync(SqliteTestDatabase database, SaveCalendarYearCommand command)
    {
        var validation = new SaveCalendarYearValidator().Validate(command);
        Assert.True(validation.IsValid, string.Join("；", validation.Errors.Select(e => e.ErrorMessage)));
        await using var db = database.CreateContext();
        return await new SaveCalendarYearHandler(db, database.User).Handle(command, CancellationToken.None);
    }

    private static async Task<int> SeedRequestAsync(SqliteTestDatabase database, DateOnly received)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var request = new DisclosureRequest(
            RequestNumber.Format(received, 1), organisationId,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.Passport, "E1", "13812341234", null, null),
            new RequestedInformation("有关文件", InformationForm.Paper, ReceivingMethod.Collect), RequestChannel.InPerson, received);
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    private static async Task<RequestDeadline> DeadlineAsync(SqliteTestDatabase database, int id)
    {
        database.User.AsReviewer();
        await using var db = database.CreateContext();
        return (await new GetStaffRequestHandler(db, database.User, database.Time).Handle(new GetStaffRequestQuery(id), CancellationToken.None)).Deadline!;
    }

    [Fact]
    public async Task Save_NextYearsNotice_TurnsAnEstimatedOpenDeadlineIntoAnExactOne()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SeedRequestAsync(database, new DateOnly(2026, 12, 10));

        var before = await DeadlineAsync(database, id);
        Assert.True(before.IsEstimate);
        Assert.Equal(new DateOnly(2027, 1, 7), before.DueDate); // 2027-01-01 counted as a working day: unknown year

        database.User.AsAdministrator();
        var result = await SaveAsync(database, new SaveCalendarYearCommand(2027, "国办发明电〔2026〕X号（测试）", Holidays2027, MakeUp2027));

        var after = await DeadlineAsync(database, id);
        Assert.False(after.IsEstimate);
        Assert.Equal(new DateOnly(2027, 1, 8), after.DueDate); // 元旦 is now a day off
        Assert.Equal(1, result.ChangedDeadlines);
        await using var check = database.CreateContext();
        var audit = await check.AuditEntries.SingleAsync(a => a.Action == CalendarAuditActions.AddYear);
        Assert.Equal("2027", audit.EntityId);
        Assert.Contains("1 件未办结申请的答复期限", audit.Summary);
        Assert.Equal(12, await check.CalendarDays.CountAsync(d => d.Date.Year == 2027)); // 3 + 8 holidays and 1 make-up workday
    }

    [Fact]
    public async Task Save_ExistingYearAgain_ReplacesItsDays_AndKeepsOtherYears()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsAdministrator();
        await SaveAsync(database, new SaveCalendarYearCommand(2027, "第一稿", Holidays2027, MakeUp2027));
        int version;
        await using (var db = database.CreateContext())
        {
            version = (await db.CalendarYears.SingleAsync(y => y.Year == 2027)).Version;
        }

        await SaveAsync(database, new SaveCalendarYearCommand(2027, "国办发明电〔2026〕X号", [Holidays2027[0]], [], version));

        await using var check = database.CreateContext();
        Assert.Equal("国办发明电〔2026〕X号", (await check.CalendarYears.SingleAsync(y => y.Year == 2027)).Notice);
        Assert.Equal(3, await check.CalendarDays.CountAsync(d => d.Date.Year == 2027));
        Assert.True(await check.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 10, 1))); // 2026 untouched
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == CalendarAuditActions.UpdateYear));
    }

    [Fact]
    public async Task Get_Year2023_ShowsTheNewYearHolidayThatStartsInDecember2022()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsClerk(1);
        await using var db = database.CreateContext();

        var year = await new GetCalendarYearHandler(db, database.User).Handle(new GetCalendarYearQuery(2023), CancellationToken.None);

        Assert.Equal(new CalendarRange("元旦", new DateOnly(2022, 12, 31), new DateOnly(2023, 1, 2)), year.Holidays[0]);
        Assert.Equal("国办发明电〔2022〕16号", year.Notice);
    }

    [Fact]
    public async Task Save_ByAReviewer_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () => await new SaveCalendarYearHandler(db, database.User)
            .Handle(new SaveCalendarYearCommand(2027, "通知", Holidays2027, MakeUp2027), CancellationToken.None));
    }

    [Fact]
    public void Validate_OverlapsOutsideTheYearWeekdayMakeUpAndMakeUpInAHoliday_GiveChineseMessages()
    {
        var command = new SaveCalendarYearCommand(
            2027,
            "",
            [
                new("春节", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 13)),
                new("元宵", new DateOnly(2027, 2, 12), new DateOnly(2027, 2, 14)),
                new("国庆节", new DateOnly(2028, 10, 1), new DateOnly(2028, 10, 7)),
                new("端午节", new DateOnly(2027, 6, 12), new DateOnly(2027, 6, 10)),
            ],
            [
                new("春节", new DateOnly(2027, 2, 17), new DateOnly(2027, 2, 17)), // a Wednesday
                new("春节", new DateOnly(2027, 2, 7), new DateOnly(2027, 2, 7)), // a Sunday inside 春节
                new("", new DateOnly(2027, 2, 20), new DateOnly(2027, 2, 20)),
            ]);

        var errors = new SaveCalendarYearValidator().Validate(command).Errors;

        Assert.Contains(errors, e => e.PropertyName == "Notice" && e.ErrorMessage.Contains("文号"));
        Assert.Contains(errors, e => e.PropertyName == "Holidays[1].From" && e.ErrorMessage.Contains("重叠"));
        Assert.Contains(errors, e => e.PropertyName == "Holidays[2].From" && e.ErrorMessage.Contains("不在 2027 年内"));
        Assert.Contains(errors, e => e.PropertyName == "Holidays[3].To" && e.ErrorMessage.Contains("结束日期不能早于开始日期"));
        Assert.Contains(errors, e => e.PropertyName == "MakeUpWorkdays[0].From" && e.ErrorMessage.Contains("不是周六或周日"));
        Assert.Contains(errors, e => e.PropertyName == "MakeUpWorkdays[1].From" && e.ErrorMessage.Contains("已在放假期间内"));
        Assert.Contains(errors, e => e.PropertyName == "MakeUpWorkdays[2].Name" && e.ErrorMessage.Contains("节日名称"));
    }

    [Fact]
    public void Validate_NewYearHolidayStartingOnDecember31_IsAccepted()
    {
        var command = new SaveCalendarYearCommand(2028, "通知", [new("元旦", new DateOnly(2027, 12, 31), new DateOnly(2028, 1, 2))], []);

        Assert.True(new SaveCalendarYearValidator().Validate(command).IsValid);
    }
}
