using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Requests;

/// <summary>补正 through the use cases; today is 2026-11-27 (TestClock).</summary>
public class SupplementTests
{
    private static async Task<(int Id, int Organisation)> SeedAsync(SqliteTestDatabase database, DateOnly received)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var request = new DisclosureRequestBuilder()
            .AtOrganisation(organisationId).ReceivedOn(received).WithSequence(1)
            .WithIdDocument(IdDocumentType.Passport, "E12345678")
            .Requesting("有关文件", InformationForm.Paper, ReceivingMethod.Collect).Through(RequestChannel.InPerson)
            .Build();
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return (request.Id, organisationId);
    }

    [Fact]
    public async Task RequestThenReceiveSupplement_RestartsTheClockAndAuditsBoth()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, organisation) = await SeedAsync(database, new DateOnly(2026, 11, 20));
        database.User.AsClerk(organisation);
        await using (var db = database.CreateContext())
        {
            await new RequestSupplementHandler(db, database.User, database.Time)
                .Handle(new RequestSupplementCommand(id, 1, "请写明文件名称或文号", new DateOnly(2026, 12, 11)), CancellationToken.None);
        }

        await using (var db = database.CreateContext())
        {
            await new ReceiveSupplementHandler(db, database.User)
                .Handle(new ReceiveSupplementCommand(id, 2, new DateOnly(2026, 11, 27)), CancellationToken.None);
        }

        await using var check = database.CreateContext();
        var request = await check.DisclosureRequests.Include(r => r.Consultations).SingleAsync(r => r.Id == id);
        Assert.Equal(RequestStatus.Processing, request.Status);
        var calendar = new Domain.Calendar.WorkingDayCalendar(
            await check.CalendarYears.Select(y => y.Year).ToListAsync(), await check.CalendarDays.ToListAsync());
        Assert.Equal(new DateOnly(2026, 12, 25), request.Deadline(calendar).DueDate); // 20 working days from 11-27, not 11-20
        var audits = await check.AuditEntries.Where(a => a.Action.StartsWith(RequestAuditActions.RequestSupplement)).Select(a => a.Summary).ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.DoesNotContain(audits, s => s.Contains("超过"));
    }

    [Fact]
    public async Task RequestSupplement_AfterSevenWorkingDays_IsRecordedAsLate()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, organisation) = await SeedAsync(database, new DateOnly(2026, 11, 10)); // notice due 11-19
        database.User.AsClerk(organisation);
        await using var db = database.CreateContext();

        await new RequestSupplementHandler(db, database.User, database.Time)
            .Handle(new RequestSupplementCommand(id, 1, "请写明文号", new DateOnly(2026, 12, 11)), CancellationToken.None);

        var audit = await db.AuditEntries.SingleAsync(a => a.Action == RequestAuditActions.RequestSupplement);
        Assert.Contains("已超过 2026-11-19", audit.Summary);
    }

    [Fact]
    public async Task RequestSupplement_ByAReviewer_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, _) = await SeedAsync(database, new DateOnly(2026, 11, 20));
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () => await new RequestSupplementHandler(db, database.User, database.Time)
            .Handle(new RequestSupplementCommand(id, 1, "请写明文号", new DateOnly(2026, 12, 11)), CancellationToken.None));
    }

    [Fact]
    public void Validators_MissingItemsOrDates_GiveChineseMessages()
    {
        var supplement = new RequestSupplementValidator().Validate(new RequestSupplementCommand(1, 1, " ", null));
        var received = new ReceiveSupplementValidator(TestKit.TestClock.Create()).Validate(new ReceiveSupplementCommand(1, 1, new DateOnly(2026, 11, 28)));

        Assert.Contains(supplement.Errors, e => e.PropertyName == "Items" && e.ErrorMessage.Contains("补正的事项"));
        Assert.Contains(supplement.Errors, e => e.PropertyName == "Deadline");
        Assert.Contains(received.Errors, e => e.ErrorMessage.Contains("不能晚于今天"));
    }
}
