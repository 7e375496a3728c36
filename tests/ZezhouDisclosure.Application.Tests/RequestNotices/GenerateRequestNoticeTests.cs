using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.RequestNotices;

/// <summary>Generating notices through the use case: who may, the audit entry, state checks, the monthly piece count.</summary>
public class GenerateRequestNoticeTests
{
    private static async Task<(int Id, int Organisation)> SeedAsync(SqliteTestDatabase database, string idNumber, DateOnly received, int sequence, bool accept = true)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var request = new DisclosureRequest(
            RequestNumber.Format(received, sequence), organisationId,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.Passport, idNumber, "13812341234", null, null),
            new RequestedInformation("有关文件", InformationForm.Paper, ReceivingMethod.Collect), RequestChannel.InPerson, received);
        if (accept)
        {
            request.Accept(received);
        }

        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return (request.Id, organisationId);
    }

    private static async Task<NoticeModel> GenerateAsync(SqliteTestDatabase database, GenerateRequestNoticeCommand command)
    {
        await using var db = database.CreateContext();
        return await new GenerateRequestNoticeHandler(db, database.User, database.Time).Handle(command, CancellationToken.None);
    }

    [Fact]
    public async Task Generate_ByTheHandlingClerk_ReturnsTheNoticeAndAuditsIt()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, organisation) = await SeedAsync(database, "E1", new DateOnly(2026, 11, 20), 1);
        database.User.AsClerk(organisation);

        var notice = await GenerateAsync(database, new GenerateRequestNoticeCommand(id, NoticeKind.Receipt, Format: "Word"));

        Assert.Equal("张三", notice.Addressee);
        Assert.Contains("高都镇", notice.OrganisationName);
        await using var check = database.CreateContext();
        var audit = await check.AuditEntries.SingleAsync(a => a.Action == RequestAuditActions.GenerateNotice);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.EntityId);
        Assert.Contains("受理回执", audit.Summary);
        Assert.Contains("Word", audit.Summary);
        Assert.DoesNotContain("张三", audit.Summary);
    }

    [Fact]
    public async Task Generate_ByAReviewer_IsAllowed()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, _) = await SeedAsync(database, "E1", new DateOnly(2026, 11, 20), 1);
        database.User.AsReviewer();

        var notice = await GenerateAsync(database, new GenerateRequestNoticeCommand(id, NoticeKind.Receipt));

        Assert.Equal(NoticeKind.Receipt, notice.Kind);
    }

    [Fact]
    public async Task Generate_ByAnotherOrganisationsClerk_IsNotFound_AndByAnAdministrator_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, organisation) = await SeedAsync(database, "E1", new DateOnly(2026, 11, 20), 1);

        database.User.AsClerk(organisation + 1);
        await Assert.ThrowsAsync<NotFoundException>(() => GenerateAsync(database, new GenerateRequestNoticeCommand(id, NoticeKind.Receipt)));
        database.User.AsAdministrator();
        await Assert.ThrowsAsync<ForbiddenException>(() => GenerateAsync(database, new GenerateRequestNoticeCommand(id, NoticeKind.Receipt)));
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.AuditEntries.CountAsync(a => a.Action == RequestAuditActions.GenerateNotice));
    }

    [Fact]
    public async Task Generate_ReplyBeforeApproval_IsAConflict()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, organisation) = await SeedAsync(database, "E1", new DateOnly(2026, 11, 20), 1);
        database.User.AsClerk(organisation);

        await Assert.ThrowsAsync<ConflictException>(() => GenerateAsync(database, new GenerateRequestNoticeCommand(id, NoticeKind.Reply)));
    }

    [Fact]
    public async Task GenerateFee_ByPiece_CountsTheSameApplicantsEarlierApplicationsThisMonth()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        for (var i = 1; i <= 10; i++)
        {
            await SeedAsync(database, "E777", new DateOnly(2026, 11, 2 + i), i, accept: false);
        }

        await SeedAsync(database, "E888", new DateOnly(2026, 11, 14), 11, accept: false); // someone else
        await SeedAsync(database, "E777", new DateOnly(2026, 10, 30), 1, accept: false); // last month
        var (id, organisation) = await SeedAsync(database, "E777", new DateOnly(2026, 11, 20), 12);
        database.User.AsClerk(organisation);

        var notice = await GenerateAsync(database, new GenerateRequestNoticeCommand(id, NoticeKind.Fee, FeeMethod: FeeMethod.ByPiece, Quantity: 1));

        Assert.Contains(notice.Facts, f => f.Label == "本月此前已申请件数" && f.Value == "10 件");
        Assert.Contains(notice.Facts, f => f.Label == "收费金额" && f.Value == "100.00 元"); // the 11th piece
        await using var check = database.CreateContext();
        Assert.Contains("100.00 元", (await check.AuditEntries.SingleAsync(a => a.Action == RequestAuditActions.GenerateNotice)).Summary);
    }

    [Fact]
    public void Validator_FeeWithoutMethodOrQuantity_GivesChineseMessages()
    {
        var result = new GenerateRequestNoticeValidator().Validate(new GenerateRequestNoticeCommand(1, NoticeKind.Fee));

        Assert.Contains(result.Errors, e => e.PropertyName == "FeeMethod" && e.ErrorMessage.Contains("计收方式"));
        Assert.Contains(result.Errors, e => e.PropertyName == "Quantity" && e.ErrorMessage.Contains("件数或页数"));
    }
}
