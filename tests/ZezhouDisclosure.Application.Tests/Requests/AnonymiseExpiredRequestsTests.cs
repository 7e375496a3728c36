using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Requests;

/// <summary>Retention: applicants of cases closed longer ago than the retention period are anonymised (FakeTimeProvider).</summary>
public class AnonymiseExpiredRequestsTests
{
    private static async Task<(int Closed, int Open)> SeedAsync(SqliteTestDatabase database)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        DisclosureRequest New(int sequence, ApplicantType type) => new(
            RequestNumber.Format(new DateOnly(2026, 11, 2), sequence), organisationId,
            new ApplicantDetails(type, "张三", IdDocumentType.Passport, "E12345678", "13812341234", "zhang@example.cn", "泽州县高都镇某村"),
            new RequestedInformation("2026年某项目的批复文件", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, new DateOnly(2026, 11, 2));
        var closed = New(1, ApplicantType.NaturalPerson);
        closed.IssueQueryCode("hash");
        closed.Accept(new DateOnly(2026, 11, 2));
        closed.StartConsultation(ConsultationKind.ThirdParty, "李四", new DateOnly(2026, 11, 3));
        closed.EndConsultation(new DateOnly(2026, 11, 5), "不同意公开，涉及个人隐私");
        closed.ProposeDecision(RequestOutcome.PartlyDisclosed, "部分内容涉及个人隐私，予以遮盖后提供。", new DateOnly(2026, 11, 10), "clerk");
        closed.ApproveDecision("head", new DateOnly(2026, 11, 11));
        closed.Deliver(ReceivingMethod.Post, new DateOnly(2026, 11, 13));
        var open = New(2, ApplicantType.CommercialEnterprise);
        db.DisclosureRequests.AddRange(closed, open);
        await db.SaveChangesAsync();
        return (closed.Id, open.Id);
    }

    private static async Task<int> RunAsync(SqliteTestDatabase database, int years = 10)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        return await new AnonymiseExpiredRequestsHandler(db, database.User, database.Time)
            .Handle(new AnonymiseExpiredRequestsCommand(years), CancellationToken.None);
    }

    private static async Task<RequestFiguresReport> FiguresAsync(SqliteTestDatabase database, int organisation)
    {
        database.User.AsReviewer();
        await using var db = database.CreateContext();
        return await new GetRequestFiguresHandler(db, database.User).Handle(new GetRequestFiguresQuery(2026, organisation), CancellationToken.None);
    }

    [Fact]
    public async Task Run_BeforeTheRetentionPeriod_ChangesNothing_AfterIt_AnonymisesOnlyClosedCasesOnce()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (closedId, openId) = await SeedAsync(database);

        database.Time.SetUtcNow(new DateTimeOffset(2036, 11, 12, 2, 0, 0, TimeSpan.Zero)); // Beijing 2036-11-12: one day short
        Assert.Equal(0, await RunAsync(database));

        database.Time.SetUtcNow(new DateTimeOffset(2036, 11, 12, 16, 30, 0, TimeSpan.Zero)); // Beijing 2036-11-13 00:30
        Assert.Equal(1, await RunAsync(database));
        Assert.Equal(0, await RunAsync(database)); // idempotent

        await using var check = database.CreateContext();
        var closed = await check.DisclosureRequests.Include(r => r.Consultations).SingleAsync(r => r.Id == closedId);
        Assert.Equal(DisclosureRequest.AnonymisedName, closed.ApplicantName);
        Assert.Equal("", closed.IdNumber);
        Assert.Null(closed.Phone);
        Assert.Null(closed.Email);
        Assert.Null(closed.PostalAddress);
        Assert.Null(closed.QueryCodeHash);
        Assert.Equal("（第三方，已匿名）", closed.Consultations.Single().Party);
        Assert.Null(closed.Consultations.Single().Opinion);
        Assert.Equal("2026年某项目的批复文件", closed.Description);
        Assert.Equal(RequestOutcome.PartlyDisclosed, closed.Outcome);
        Assert.Equal(ApplicantType.NaturalPerson, closed.ApplicantType);
        var open = await check.DisclosureRequests.SingleAsync(r => r.Id == openId);
        Assert.Equal("张三", open.ApplicantName);
        Assert.Equal("E12345678", open.IdNumber);
        var audits = await check.AuditEntries.Where(a => a.Action == RequestAuditActions.Anonymise).ToListAsync();
        Assert.Single(audits);
        Assert.DoesNotContain("张三", audits[0].Summary);
    }

    [Fact]
    public async Task Run_AfterAnonymising_LeavesTheAnnualReportFiguresUnchanged()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await SeedAsync(database);
        int organisation;
        await using (var db = database.CreateContext())
        {
            organisation = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        }

        static string Shape(RequestFiguresReport report) =>
            $"{report.Figures.NewThisYear.NaturalPerson}/{report.Figures.NewThisYear.Organisations}/"
            + $"{report.Figures.Results(RequestOutcome.PartlyDisclosed).NaturalPerson}/{report.Figures.ResultsTotal.Total}/"
            + $"{report.Figures.CarriedForward[ApplicantType.CommercialEnterprise]}/{report.CrossCheckProblems.Count}";
        var before = Shape(await FiguresAsync(database, organisation));
        Assert.Equal("1/1/1/1/1/0", before);
        database.Time.SetUtcNow(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync(database));

        Assert.Equal(before, Shape(await FiguresAsync(database, organisation)));
    }

    [Fact]
    public async Task Run_ByAClerk_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsClerk(1);
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () => await new AnonymiseExpiredRequestsHandler(db, database.User, database.Time)
            .Handle(new AnonymiseExpiredRequestsCommand(), CancellationToken.None));
    }
}
