using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Requests;

/// <summary>The staff side: to-do list, case page, revealing the ID number, 受理. Today is 2026-11-27 (TestClock).</summary>
public class StaffRequestsTests
{
    private const string IdNumber = "140525199001011235";

    private static async Task<int> OrganisationAsync(SqliteTestDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    private static async Task<int> SeedAsync(SqliteTestDatabase database, string organisation, string received, int sequence, Action<DisclosureRequest>? then = null)
    {
        var organisationId = await OrganisationAsync(database, organisation);
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var day = DateOnly.ParseExact(received, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var request = new DisclosureRequest(
            RequestNumber.Format(day, sequence), organisationId,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, IdNumber, "13812341234", null, null),
            new RequestedInformation("某村2026年低保名单", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, day);
        then?.Invoke(request);
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    [Fact]
    public async Task List_AsClerk_ShowsOwnOrganisationsOpenRequestsMaskedWithUrgency()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await SeedAsync(database, "gaodu", "2026-11-20", 1); // due 12-18: 15 working days left
        await SeedAsync(database, "gaodu", "2026-10-30", 1); // due today
        await SeedAsync(database, "gaodu", "2026-10-28", 1); // due 11-25: overdue
        await SeedAsync(database, "gaodu", "2026-11-24", 1, r => r.RequestSupplement("请补充文号", new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 10)));
        await SeedAsync(database, "jyj", "2026-11-20", 2); // another organisation's
        database.User.AsClerk(await OrganisationAsync(database, "gaodu"));
        await using var db = database.CreateContext();

        var rows = await new ListStaffRequestsHandler(db, database.User, database.Time).Handle(new ListStaffRequestsQuery(), CancellationToken.None);

        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("张*", r.ApplicantName));
        Assert.Equal(RequestUrgency.Overdue, rows[0].Urgency);
        Assert.Equal(-2, rows[0].WorkingDaysLeft);
        Assert.Contains(rows, r => r.Urgency == RequestUrgency.DueSoon && r.WorkingDaysLeft == 0);
        Assert.Contains(rows, r => r.Urgency == RequestUrgency.Normal && r.DueDate == new DateOnly(2026, 12, 18));
        Assert.Contains(rows, r => r.Urgency == RequestUrgency.Paused);
    }

    [Fact]
    public async Task List_AsReviewer_IsCountyWide()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await SeedAsync(database, "gaodu", "2026-11-20", 1);
        await SeedAsync(database, "jyj", "2026-11-20", 2);
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        var rows = await new ListStaffRequestsHandler(db, database.User, database.Time).Handle(new ListStaffRequestsQuery(), CancellationToken.None);

        Assert.Equal(2, rows.Select(r => r.OrganisationName).Distinct().Count());
    }

    [Fact]
    public async Task Get_CasePage_MasksTheIdNumberEvenForTheHandlingClerk()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SeedAsync(database, "gaodu", "2026-11-20", 1);
        database.User.AsClerk(await OrganisationAsync(database, "gaodu"));
        await using var db = database.CreateContext();

        var details = await new GetStaffRequestHandler(db, database.User, database.Time).Handle(new GetStaffRequestQuery(id), CancellationToken.None);

        Assert.Equal("1405**********1235", details.IdNumber);
        Assert.Equal("13812341234", details.Phone);
        Assert.True(details.IsHandlingClerk);
        Assert.Equal(new DateOnly(2026, 12, 18), details.Deadline!.DueDate);
    }

    [Fact]
    public async Task Get_AsReviewer_MasksNameAndPhone()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SeedAsync(database, "gaodu", "2026-11-20", 1);
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        var details = await new GetStaffRequestHandler(db, database.User, database.Time).Handle(new GetStaffRequestQuery(id), CancellationToken.None);

        Assert.Equal("张*", details.ApplicantName);
        Assert.Equal("138****1234", details.Phone);
        Assert.False(details.IsHandlingClerk);
    }

    [Fact]
    public async Task Reveal_ByTheHandlingClerk_ReturnsTheFullNumberAndIsAudited()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SeedAsync(database, "gaodu", "2026-11-20", 1);
        database.User.AsClerk(await OrganisationAsync(database, "gaodu"));
        await using var db = database.CreateContext();

        var number = await new RevealIdNumberHandler(db, database.User).Handle(new RevealIdNumberCommand(id), CancellationToken.None);

        Assert.Equal(IdNumber, number);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == RequestAuditActions.RevealIdNumber);
        Assert.Equal("clerk", audit.UserName);
        Assert.DoesNotContain(IdNumber, audit.Summary);
    }

    [Fact]
    public async Task Reveal_ByAReviewer_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SeedAsync(database, "gaodu", "2026-11-20", 1);
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new RevealIdNumberHandler(db, database.User).Handle(new RevealIdNumberCommand(id), CancellationToken.None));
    }

    [Fact]
    public async Task CasePageAndReveal_ByAnotherOrganisationsClerk_AreNotFound()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SeedAsync(database, "gaodu", "2026-11-20", 1);
        database.User.AsClerk(await OrganisationAsync(database, "jyj"));
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await new GetStaffRequestHandler(db, database.User, database.Time).Handle(new GetStaffRequestQuery(id), CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await new RevealIdNumberHandler(db, database.User).Handle(new RevealIdNumberCommand(id), CancellationToken.None));
    }

    [Fact]
    public async Task Accept_ByTheHandlingClerk_MovesToProcessingAndIsAudited()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SeedAsync(database, "gaodu", "2026-11-20", 1);
        database.User.AsClerk(await OrganisationAsync(database, "gaodu"));
        await using (var db = database.CreateContext())
        {
            await new AcceptRequestHandler(db, database.User, database.Time).Handle(new AcceptRequestCommand(id, 1), CancellationToken.None);
        }

        await using var check = database.CreateContext();
        var request = await check.DisclosureRequests.SingleAsync(r => r.Id == id);
        Assert.Equal(RequestStatus.Processing, request.Status);
        Assert.Equal(new DateOnly(2026, 11, 27), request.AcceptedOn);
        Assert.Equal(2, request.Version);
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == RequestAuditActions.Accept));
    }

    [Fact]
    public async Task Accept_WithAStaleVersion_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await SeedAsync(database, "gaodu", "2026-11-20", 1);
        database.User.AsClerk(await OrganisationAsync(database, "gaodu"));
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await new AcceptRequestHandler(db, database.User, database.Time).Handle(new AcceptRequestCommand(id, 7), CancellationToken.None));
    }
}
