using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.RequestNotices;

/// <summary>The 答复告知书's 文号: the unit's pattern, numbered per unit and year when the decision is approved.</summary>
public class NoticeNumbersTests
{
    private static async Task<int> OrganisationAsync(SqliteTestDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    private static async Task SetPatternAsync(SqliteTestDatabase database, int organisationId, string pattern)
    {
        database.User.AsAdministrator();
        await using var db = database.CreateContext();
        var edit = await new GetOrganisationForEditingHandler(db).Handle(new GetOrganisationForEditingQuery(organisationId), CancellationToken.None);
        await new UpdateOrganisationHandler(db, database.User).Handle(edit with { NoticeNumberPattern = pattern }, CancellationToken.None);
    }

    private static async Task<int> ProposedAsync(SqliteTestDatabase database, int organisationId, int sequence)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var request = new DisclosureRequestBuilder()
            .AtOrganisation(organisationId).ReceivedOn(new DateOnly(2026, 11, 20)).WithSequence(sequence)
            .WithApplicant("张三", "13812341234", null, "高都镇 1 号").WithIdDocument(IdDocumentType.Passport, "E12345678")
            .Requesting("某文件", InformationForm.Paper, ReceivingMethod.Post).Through(RequestChannel.InPerson)
            .Accepted()
            .Then(r => r.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", new DateOnly(2026, 11, 25), "clerk"))
            .Build();
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    private static async Task<string?> ApproveAsync(SqliteTestDatabase database, int id)
    {
        database.User.AsReviewer("head");
        await using (var db = database.CreateContext())
        {
            var version = await db.DisclosureRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
            await new ApproveDecisionHandler(db, database.User, database.Time).Handle(new ApproveDecisionCommand(id, version), CancellationToken.None);
        }

        await using var check = database.CreateContext();
        return await check.DisclosureRequests.Where(r => r.Id == id).Select(r => r.ReplyNoticeNumber).SingleAsync();
    }

    [Fact]
    public async Task Approve_UnitWithAPattern_NumbersItsRepliesInOrderPerUnitAndYear()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        var bagong = await OrganisationAsync(database, "bagong");
        await SetPatternAsync(database, gaodu, "高政依申〔{year}〕{n}号");
        await SetPatternAsync(database, bagong, "巴政依申〔{year}〕{n}号");
        var first = await ProposedAsync(database, gaodu, 1);
        var second = await ProposedAsync(database, gaodu, 2);
        var other = await ProposedAsync(database, bagong, 3);

        Assert.Equal("高政依申〔2026〕1号", await ApproveAsync(database, first));
        Assert.Equal("巴政依申〔2026〕1号", await ApproveAsync(database, other));
        Assert.Equal("高政依申〔2026〕2号", await ApproveAsync(database, second));
    }

    [Fact]
    public async Task Approve_UnitWithoutAPattern_GivesNoNumber()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var id = await ProposedAsync(database, await OrganisationAsync(database, "gaodu"), 1);

        Assert.Null(await ApproveAsync(database, id));
    }

    [Fact]
    public async Task Approve_TwoAtOnceOnTheSameSequence_SecondConflictsInsteadOfSharingTheNumber()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        await SetPatternAsync(database, gaodu, "高政依申〔{year}〕{n}号");
        var first = await ProposedAsync(database, gaodu, 1);
        var second = await ProposedAsync(database, gaodu, 2);
        Assert.Equal("高政依申〔2026〕1号", await ApproveAsync(database, first));

        // Two approvals read the same sequence row (LastValue 1); the slower one's save must fail on the row's version.
        database.User.AsReviewer("head");
        await using var slow = database.CreateContext();
        var stale = await slow.NoticeNumberSequences.SingleAsync(s => s.OrganisationId == gaodu);
        Assert.Equal("高政依申〔2026〕2号", await ApproveAsync(database, second));
        stale.Next();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slow.SaveChangesAsync());
    }

    [Fact]
    public async Task UpdateOrganisation_BadPattern_IsRefusedByTheValidator()
    {
        var result = await DefaultValidatorExtensions.ValidateAsync(
            new UpdateOrganisationValidator(null!),
            new UpdateOrganisationCommand(1, 1, "高都镇", "140525107", null, null, null, 1, "泽州县高都镇人民政府", "高政依申〔{year}〕号"),
            options => options.IncludeProperties(nameof(UpdateOrganisationCommand.NoticeNumberPattern)));

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("{n}", StringComparison.Ordinal));
    }
}
