using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Requests;

/// <summary>
/// The procedure steps after 受理 through their use cases: who may take each, the rules, the audit. The case is
/// received 2026-11-20 at 高都镇 and accepted (due 2026-12-18); today is 2026-11-27 (TestClock).
/// </summary>
public class ProcedureStepsTests
{
    private static readonly string Code = QueryCodes.New();

    private static async Task<int> OrganisationAsync(SqliteTestDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    private static async Task<(int Id, int Organisation)> SeedAsync(SqliteTestDatabase database, Action<DisclosureRequest>? then = null)
    {
        var organisationId = await OrganisationAsync(database, "gaodu");
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var received = new DateOnly(2026, 11, 20);
        var request = new DisclosureRequestBuilder()
            .AtOrganisation(organisationId).ReceivedOn(received).WithSequence(1)
            .WithApplicant("张三", "13812341234", null, "高都镇 1 号").WithIdDocument(IdDocumentType.Passport, "E12345678")
            .Requesting("某项目征地补偿方案", InformationForm.Paper, ReceivingMethod.Post).Through(RequestChannel.InPerson)
            .Then(r => r.IssueQueryCode(QueryCodes.Hash(Code)))
            .Accepted()
            .Then(r => then?.Invoke(r))
            .Build();
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return (request.Id, organisationId);
    }

    private static async Task<(DisclosureRequest Request, WorkingDayCalendar Calendar)> LoadAsync(SqliteTestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        var calendar = new WorkingDayCalendar(await db.CalendarYears.Select(y => y.Year).ToListAsync(), await db.CalendarDays.ToListAsync());
        // The test inspects any case, whichever organisation's clerk the current user is (a transfer crosses two).
        return (await db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking().Include(r => r.Consultations)
            .SingleAsync(r => r.Id == id), calendar);
    }

    private static async Task<int> VersionAsync(SqliteTestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        return await db.DisclosureRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    private static async Task<List<string>> AuditActionsAsync(SqliteTestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        var entityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.Where(a => a.EntityId == entityId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    [Fact]
    public async Task Consultation_AnsweredEarly_PausesOnlyTheWorkingDaysItLasted()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database);
        database.User.AsClerk(gaodu);

        await using (var db = database.CreateContext())
        {
            await new StartConsultationHandler(db, database.User).Handle(
                new StartConsultationCommand(id, 1, ConsultationKind.ThirdParty, "某建设公司", new DateOnly(2026, 11, 23)), CancellationToken.None);
        }

        var (paused, calendar) = await LoadAsync(database, id);
        Assert.Equal(RequestStatus.InConsultation, paused.Status);
        Assert.True(paused.Deadline(calendar).IsPaused);

        await using (var db = database.CreateContext())
        {
            await new EndConsultationHandler(db, database.User).Handle(
                new EndConsultationCommand(id, 2, new DateOnly(2026, 11, 26), "不同意公开其报价部分"), CancellationToken.None);
        }

        var (resumed, _) = await LoadAsync(database, id);
        Assert.Equal(RequestStatus.Processing, resumed.Status);
        Assert.Equal(new DateOnly(2026, 12, 23), resumed.Deadline(calendar).DueDate); // 12-18 + the 3 working days 11-24..26
        Assert.Equal([RequestAuditActions.StartConsultation, RequestAuditActions.EndConsultation], await AuditActionsAsync(database, id));
    }

    [Fact]
    public async Task Extension_RequestedByClerkApprovedByHead_MovesTheDueDate()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database);
        database.User.AsClerk(gaodu, "zhang");
        await using (var db = database.CreateContext())
        {
            await new RequestExtensionHandler(db, database.User).Handle(new RequestExtensionCommand(id, 1, 5, "需调取档案"), CancellationToken.None);
        }

        database.User.AsReviewer("head");
        await using (var db = database.CreateContext())
        {
            await new ApproveExtensionHandler(db, database.User).Handle(new ApproveExtensionCommand(id, 2), CancellationToken.None);
        }

        var (request, calendar) = await LoadAsync(database, id);
        Assert.Equal(5, request.ExtensionDays);
        Assert.Equal("zhang", request.ExtensionRequestedBy);
        Assert.Equal("head", request.ExtensionApprovedBy);
        Assert.Equal(new DateOnly(2026, 12, 25), request.Deadline(calendar).DueDate);
        Assert.Equal([RequestAuditActions.RequestExtension, RequestAuditActions.ApproveExtension], await AuditActionsAsync(database, id));
    }

    [Fact]
    public async Task ApproveExtension_ByTheSameUserWhoAskedForIt_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, _) = await SeedAsync(database, r => r.RequestExtension(5, "需调取档案", "zhang"));
        database.User.AsReviewer("zhang");
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<DomainException>(async () =>
            await new ApproveExtensionHandler(db, database.User).Handle(new ApproveExtensionCommand(id, 1), CancellationToken.None));
    }

    [Fact]
    public async Task ApproveExtension_ByAClerk_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database, r => r.RequestExtension(5, "需调取档案", "zhang"));
        database.User.AsClerk(gaodu, "li");
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new ApproveExtensionHandler(db, database.User).Handle(new ApproveExtensionCommand(id, 1), CancellationToken.None));
    }

    [Fact]
    public async Task ProposeApproveDeliver_PartlyDisclosed_ClosesTheCaseAnsweredOnTheSignedForDay()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database);
        database.User.AsClerk(gaodu, "zhang");
        await using (var db = database.CreateContext())
        {
            await new ProposeDecisionHandler(db, database.User, database.Time).Handle(
                new ProposeDecisionCommand(id, 1, RequestOutcome.PartlyDisclosed, "补偿标准予以公开；被征收人身份信息属于个人隐私，不予公开。"), CancellationToken.None);
        }

        database.User.AsReviewer("head");
        await using (var db = database.CreateContext())
        {
            await new ApproveDecisionHandler(db, database.User, database.Time).Handle(new ApproveDecisionCommand(id, 2), CancellationToken.None);
        }

        database.User.AsClerk(gaodu, "zhang");
        await using (var db = database.CreateContext())
        {
            await new DeliverRequestHandler(db, database.User).Handle(
                new DeliverRequestCommand(id, 3, ReceivingMethod.Post, new DateOnly(2026, 11, 27)), CancellationToken.None);
        }

        var (request, _) = await LoadAsync(database, id);
        Assert.Equal(RequestStatus.Answered, request.Status);
        Assert.Equal(RequestOutcome.PartlyDisclosed, request.Outcome);
        Assert.Equal("zhang", request.DecisionProposedBy);
        Assert.Equal("head", request.ApprovedBy);
        Assert.Equal(new DateOnly(2026, 11, 27), request.ClosedOn);
        Assert.Equal([RequestAuditActions.Propose, RequestAuditActions.ApproveDecision, RequestAuditActions.Deliver], await AuditActionsAsync(database, id));
    }

    [Fact]
    public async Task ApproveDecision_ByTheProposersName_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, _) = await SeedAsync(database, r => r.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", new DateOnly(2026, 11, 26), "zhang"));
        database.User.AsReviewer("zhang");
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<DomainException>(async () =>
            await new ApproveDecisionHandler(db, database.User, database.Time).Handle(new ApproveDecisionCommand(id, 1), CancellationToken.None));
    }

    [Fact]
    public async Task Deliver_BeforeApproval_IsRefusedByTheState()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database);
        database.User.AsClerk(gaodu);
        await using var db = database.CreateContext();

        var ex = await Assert.ThrowsAsync<DomainException>(async () => await new DeliverRequestHandler(db, database.User).Handle(
            new DeliverRequestCommand(id, 1, ReceivingMethod.Post, new DateOnly(2026, 11, 27)), CancellationToken.None));
        Assert.Contains("已批准", ex.Message);
    }

    [Fact]
    public async Task ProposeDecision_ByAnotherOrganisationsClerk_IsNotFound()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, _) = await SeedAsync(database);
        database.User.AsClerk(await OrganisationAsync(database, "jyj"));
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<NotFoundException>(async () => await new ProposeDecisionHandler(db, database.User, database.Time).Handle(
            new ProposeDecisionCommand(id, 1, RequestOutcome.Disclosed, "予以公开。"), CancellationToken.None));
    }

    [Fact]
    public async Task MarkAbandoned_AfterTheSupplementPeriod_ClosesAsOtherNoSupplement()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database, r => r.RequestSupplement("请写明文号", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 26)));
        database.User.AsClerk(gaodu);
        await using (var db = database.CreateContext())
        {
            await new MarkRequestAbandonedHandler(db, database.User, database.Time).Handle(new MarkRequestAbandonedCommand(id, 1), CancellationToken.None);
        }

        var (request, _) = await LoadAsync(database, id);
        Assert.Equal(RequestStatus.Abandoned, request.Status);
        Assert.Equal(RequestOutcome.OtherNoSupplement, request.Outcome);
    }

    [Fact]
    public async Task MarkAbandoned_BeforeTheSupplementPeriodEnds_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database, r => r.RequestSupplement("请写明文号", new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 10)));
        database.User.AsClerk(gaodu);
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<DomainException>(async () =>
            await new MarkRequestAbandonedHandler(db, database.User, database.Time).Handle(new MarkRequestAbandonedCommand(id, 1), CancellationToken.None));
    }

    [Fact]
    public async Task Transfer_ThenReceivedByTheOtherOrganisation_OpensANewCaseThereWithTheSameQueryCode()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database);
        var jyj = await OrganisationAsync(database, "jyj");
        database.User.AsClerk(gaodu);
        await using (var db = database.CreateContext())
        {
            await new TransferRequestHandler(db, database.User, database.Time).Handle(
                new TransferRequestCommand(id, 1, jyj, "所需信息由县教育局制作和保存"), CancellationToken.None);
        }

        database.User.AsClerk(jyj);
        int newId;
        await using (var db = database.CreateContext())
        {
            var incoming = await new ListIncomingTransfersHandler(db, database.User).Handle(new ListIncomingTransfersQuery(), CancellationToken.None);
            Assert.Equal(id, Assert.Single(incoming).Id);
            newId = await new ReceiveTransferHandler(db, database.User, database.Time).Handle(new ReceiveTransferCommand(id), CancellationToken.None);
            Assert.Empty(await new ListIncomingTransfersHandler(db, database.User).Handle(new ListIncomingTransfersQuery(), CancellationToken.None));
        }

        var (copy, _) = await LoadAsync(database, newId);
        Assert.Equal(jyj, copy.OrganisationId);
        Assert.Equal(new DateOnly(2026, 11, 27), copy.ReceivedOn);
        Assert.Equal(id, copy.TransferredFromRequestId);
        Assert.True(QueryCodes.Matches(Code, copy.QueryCodeHash));
        var (original, _) = await LoadAsync(database, id);
        Assert.Equal(RequestStatus.Transferred, original.Status);

        await using (var db = database.CreateContext())
        {
            await Assert.ThrowsAsync<ConflictException>(async () =>
                await new ReceiveTransferHandler(db, database.User, database.Time).Handle(new ReceiveTransferCommand(id), CancellationToken.None));
        }

        database.User.AsClerk(gaodu);
        await using (var db = database.CreateContext())
        {
            await Assert.ThrowsAsync<NotFoundException>(async () =>
                await new ReceiveTransferHandler(db, database.User, database.Time).Handle(new ReceiveTransferCommand(id), CancellationToken.None));
        }
    }

    [Fact]
    public async Task CasePage_ShowsEachUserOnlyTheStepsTheyMayTake()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, gaodu) = await SeedAsync(database, r => r.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", new DateOnly(2026, 11, 26), "zhang"));

        database.User.AsClerk(gaodu, "zhang");
        await using (var db = database.CreateContext())
        {
            var page = await new GetStaffRequestHandler(db, database.User, database.Time).Handle(new GetStaffRequestQuery(id), CancellationToken.None);
            Assert.Empty(page.Procedure.Actions); // pending approval: nothing for the clerk
        }

        database.User.AsReviewer("head");
        await using (var db = database.CreateContext())
        {
            var page = await new GetStaffRequestHandler(db, database.User, database.Time).Handle(new GetStaffRequestQuery(id), CancellationToken.None);
            Assert.Equal([RequestAction.DecideProposal], page.Procedure.Actions);
        }

        database.User.AsReviewer("zhang");
        await using (var db = database.CreateContext())
        {
            var page = await new GetStaffRequestHandler(db, database.User, database.Time).Handle(new GetStaffRequestQuery(id), CancellationToken.None);
            Assert.Empty(page.Procedure.Actions);
        }
    }
}
