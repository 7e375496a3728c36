using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Requests;

/// <summary>登记 of applications received by letter, in person or by fax. Today is 2026-11-27 (TestClock).</summary>
public class RegisterRequestTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";

    private static RegisterRequestCommand Command(
        RequestChannel? channel = RequestChannel.Post, string received = "2026-11-25", string idNumber = "140525199001011235",
        IdDocumentType idType = IdDocumentType.ResidentIdCard, ApplicantType type = ApplicantType.NaturalPerson) => new(
        Key, channel, DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), type, "王五", idType, idNumber,
        "13812341234", null, "高都镇某村 1 号", "2026年高都镇农村危房改造补助名单", InformationForm.Paper, ReceivingMethod.Post);

    private static async Task<int> GaoduAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
    }

    [Fact]
    public async Task Register_LetterByClerk_UsesTheSignedForDateAndGivesNumberAndQueryCode()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await GaoduAsync(database);
        database.User.AsClerk(gaodu);
        await using var db = database.CreateContext();

        var result = await new RegisterRequestHandler(db, database.User, database.Time).Handle(Command(), CancellationToken.None);

        Assert.StartsWith("YSQ20261127", result.Number);
        Assert.NotNull(result.QueryCode);
        Assert.Equal(new DateOnly(2026, 11, 25), result.ReceivedOn);
        var request = await db.DisclosureRequests.AsNoTracking().SingleAsync(r => r.Number == result.Number);
        Assert.Equal(gaodu, request.OrganisationId);
        Assert.Equal(RequestChannel.Post, request.Channel);
        Assert.Equal(new DateOnly(2026, 11, 25), request.ReceivedOn);
        Assert.True(QueryCodes.Matches(result.QueryCode, request.QueryCodeHash));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == RequestAuditActions.Register && a.Summary.Contains("邮寄")));
    }

    [Fact]
    public async Task Register_SameFormTwice_MakesOneApplicationAndHidesTheCodeTheSecondTime()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsClerk(await GaoduAsync(database));
        await using var db = database.CreateContext();
        var handler = new RegisterRequestHandler(db, database.User, database.Time);

        var first = await handler.Handle(Command(), CancellationToken.None);
        var second = await handler.Handle(Command(), CancellationToken.None);

        Assert.Equal(first.Number, second.Number);
        Assert.Null(second.QueryCode);
        Assert.Equal(1, await db.DisclosureRequests.CountAsync());
    }

    [Fact]
    public async Task Register_ByAReviewer_IsForbidden()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new RegisterRequestHandler(db, database.User, database.Time).Handle(Command(), CancellationToken.None));
    }

    [Theory]
    [InlineData(RequestChannel.Online, "2026-11-25", "Channel")]
    [InlineData(RequestChannel.InPerson, "2026-11-28", "ReceivedOn")] // tomorrow
    [InlineData(RequestChannel.Fax, "2026-09-01", "ReceivedOn")] // more than 60 days back
    public void Validate_ChannelOrReceiptDateOutsideTheRules_IsRejected(RequestChannel channel, string received, string property)
    {
        var result = new RegisterRequestValidator(TestClock.Create()).Validate(Command(channel, received));

        Assert.Contains(result.Errors, e => e.PropertyName == property);
    }

    [Fact]
    public void Validate_IdCardWithWrongCheckDigit_IsRejectedLikeTheOnlineForm()
    {
        var result = new RegisterRequestValidator(TestClock.Create()).Validate(Command(idNumber: "140525199001011234"));

        Assert.Contains(result.Errors, e => e.PropertyName == "IdNumber");
    }

    [Fact]
    public void Validate_OrganisationWithValidCreditCode_Passes()
    {
        var result = new RegisterRequestValidator(TestClock.Create())
            .Validate(Command(idType: IdDocumentType.UnifiedSocialCreditCode, idNumber: "91350100M000100Y43", type: ApplicantType.CommercialEnterprise));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }
}
