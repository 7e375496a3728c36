using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Application.Sentiment;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Domain.Sentiment;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Interactions;

/// <summary>The inspector's checks, the monthly figures and retention over 留言 and 舆情 data.</summary>
public class MessageOversightTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc); // Friday, Beijing 10:00

    private static async Task<int> SeedAsync(
        SqliteTestDatabase database, MessageKind kind, DateOnly received, DateOnly due, int serial, DateOnly? answeredOn = null)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var message = new CitizenMessage(
            MessageNumber.Format(kind, received, serial), kind, kind == MessageKind.ErrorReport ? MessageCategory.SiteError : MessageCategory.Consultation,
            gaodu, gaodu, "标题", "内容", "张三", "13812341234", null, null, true, Now, received, due, Guid.NewGuid().ToString("N"));
        if (answeredOn is { } day)
        {
            message.Route(gaodu, Now, "county", null);
            message.Answer("答复", gaodu, "gaodu", Now, day);
        }

        db.CitizenMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    private static async Task<IReadOnlyList<ComplianceObservation>> RunAsync(SqliteTestDatabase database, Func<AppDbContextAccessor, IComplianceCheck> check)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        return await check(new AppDbContextAccessor(db)).RunAsync(new ComplianceCheckContext(new DateTimeOffset(Now), null), CancellationToken.None);
    }

    [Fact]
    public async Task Checks_OverdueEnquiryDeducts_OverThreeMonthsVetoes_LateErrorReportDeducts_AnsweredIgnored()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), 1);
        await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 8, 20), new DateOnly(2026, 8, 27), 1);
        await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 11, 26), new DateOnly(2026, 12, 3), 1);
        await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 8, 21), new DateOnly(2026, 8, 28), 1, answeredOn: new DateOnly(2026, 9, 1));
        await SeedAsync(database, MessageKind.ErrorReport, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26), 1);

        var overdue = await RunAsync(database, a => new MessagesPastLimitCheck(a.Db));
        var veto = await RunAsync(database, a => new MessagesUnansweredVetoCheck(a.Db));
        var errors = await RunAsync(database, a => new ErrorReportsPastLimitCheck(a.Db));

        Assert.Equal("message:LY202611160001", Assert.Single(overdue).Subject);
        Assert.Equal(FindingSeverity.Deduction, overdue[0].Severity);
        Assert.Equal("message:LY202608200001", Assert.Single(veto).Subject);
        Assert.Equal(FindingSeverity.Veto, veto[0].Severity);
        Assert.Equal("error-report:ZC202611250001", Assert.Single(errors).Subject);
    }

    [Fact]
    public async Task Figures_Month_CountsReceivedAnsweredAverageAndOverdue()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        // Answered in 3 working days (Mon 2 → Thu 5), on time.
        await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9), 1, answeredOn: new DateOnly(2026, 11, 5));
        // Answered in 7 working days (Mon 9 → Wed 18), late.
        await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16), 1, answeredOn: new DateOnly(2026, 11, 18));
        // Open and past its limit.
        await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), 1);
        database.Time.SetUtcNow(new DateTimeOffset(Now));
        database.User.AsSystem();
        await using var db = database.CreateContext();

        var figures = await new GetMessageFiguresHandler(db, database.Time).Handle(new GetMessageFiguresQuery(2026, 11), CancellationToken.None);

        Assert.Equal(3, figures.Received);
        Assert.Equal(2, figures.Answered);
        Assert.Equal(5m, figures.AverageWorkingDays);
        Assert.Equal(2, figures.Overdue);
    }

    [Fact]
    public async Task Anonymise_ClosedLongerThanRetention_RemovesContactKeepsMessage()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var closed = await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9), 1, answeredOn: new DateOnly(2026, 11, 5));
        var open = await SeedAsync(database, MessageKind.Enquiry, new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 10), 1);
        database.Time.SetUtcNow(new DateTimeOffset(2036, 11, 6, 2, 0, 0, TimeSpan.Zero));
        database.User.AsSystem();
        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await new AnonymiseExpiredMessagesHandler(db, database.User, database.Time).Handle(new AnonymiseExpiredMessagesCommand(10), CancellationToken.None));
        }

        await using var check = database.CreateContext();
        var anonymised = await check.CitizenMessages.SingleAsync(m => m.Id == closed);
        Assert.True(anonymised.IsAnonymised);
        Assert.Null(anonymised.Phone);
        Assert.Equal("答复", anonymised.Reply);
        Assert.Equal("13812341234", (await check.CitizenMessages.SingleAsync(m => m.Id == open)).Phone);
    }

    [Fact]
    public async Task SentimentCheck_RunningClockPastLimit_Observed()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        await using (var db = database.CreateContext())
        {
            var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
            db.SentimentCases.Add(new SentimentCase("超时的舆情", "微博", null, Now.AddHours(-25), SentimentLevel.Major, gaodu, [], "王", "李", Now));
            db.SentimentCases.Add(new SentimentCase("未超时的舆情", "微博", null, Now.AddHours(-25), SentimentLevel.General, gaodu, [], "王", "李", Now));
            await db.SaveChangesAsync();
        }

        var observed = await RunAsync(database, a => new SentimentOverdueCheck(a.Db));

        Assert.Contains("超时的舆情", Assert.Single(observed).Evidence);
        Assert.Contains("已超期 1 小时", observed[0].Evidence);
    }

    /// <summary>Lets the check factories take the context without naming the Infrastructure type in each lambda.</summary>
    private sealed record AppDbContextAccessor(Application.Common.Abstractions.IAppDbContext Db);
}
