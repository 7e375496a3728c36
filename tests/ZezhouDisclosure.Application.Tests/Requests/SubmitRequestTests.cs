using System.Text;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Requests;

public class SubmitRequestTests
{
    private const string IdNumber = "140525199001011235";

    private static async Task<SubmitRequestCommand> CommandAsync(SqliteTestDatabase database, string? key = null)
    {
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        return new SubmitRequestCommand(
            key ?? Guid.NewGuid().ToString("N"), organisationId, ApplicantType.NaturalPerson, "张三", IdDocumentType.ResidentIdCard,
            IdNumber, "13812341234", null, "泽州县高都镇某村", "2026年高都镇低保资金发放明细", InformationForm.Paper,
            ReceivingMethod.Post, PrivacyAccepted: true);
    }

    private static async Task<SubmitRequestResult> SubmitAsync(SqliteTestDatabase database, SubmitRequestCommand command)
    {
        database.User.AsAnonymous();
        await using var db = database.CreateContext();
        return await new SubmitRequestHandler(db, database.Time).Handle(command, CancellationToken.None);
    }

    [Fact]
    public async Task Handle_ValidApplication_RegistersItOnlineTodayWithANumberAndAHashedQueryCode()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        var result = await SubmitAsync(database, await CommandAsync(database));

        Assert.Equal("YSQ202611270001", result.Number); // TestClock: 2026-11-27 10:00 Beijing
        Assert.NotNull(result.QueryCode);
        Assert.Equal(26, QueryCodes.Normalise(result.QueryCode).Length);
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var stored = await db.DisclosureRequests.SingleAsync();
        Assert.Equal(RequestStatus.Registered, stored.Status);
        Assert.Equal(RequestChannel.Online, stored.Channel);
        Assert.Equal(new DateOnly(2026, 11, 27), stored.ReceivedOn);
        Assert.Equal(IdNumber, stored.IdNumber); // decrypted on read
        Assert.NotEqual(result.QueryCode, stored.QueryCodeHash);
        Assert.True(QueryCodes.Matches(result.QueryCode, stored.QueryCodeHash));
        Assert.Single(await db.AuditEntries.Where(a => a.Action == RequestAuditActions.Submit).ToListAsync());
    }

    [Fact]
    public async Task Handle_SameFormPostedTwice_MakesOneApplicationAndReturnsItsNumber()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var command = await CommandAsync(database);

        var first = await SubmitAsync(database, command);
        var second = await SubmitAsync(database, command);

        Assert.Equal(first.Number, second.Number);
        Assert.Null(second.QueryCode); // the code is shown once only
        database.User.AsSystem();
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.DisclosureRequests.CountAsync());
    }

    [Fact]
    public async Task Handle_SecondApplicationOfTheDay_TakesTheNextNumber()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        await SubmitAsync(database, await CommandAsync(database));
        var second = await SubmitAsync(database, await CommandAsync(database));

        Assert.Equal("YSQ202611270002", second.Number);
    }

    [Fact]
    public async Task Handle_IdNumber_IsNotInTheDatabaseFileInPlainText()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        await SubmitAsync(database, await CommandAsync(database));

        var path = database.ConnectionString.Split(';')[0]["Data Source=".Length..];
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 0);
        Assert.DoesNotContain(IdNumber, Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, Encoding.Unicode.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains("张三", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal); // the check can see plain text
    }

    [Theory]
    [InlineData("IdNumber", "140525199001011234", "校验位")]
    [InlineData("IdNumber", "", "请填写证件号码")]
    [InlineData("ApplicantName", null, "姓名或者名称")]
    [InlineData("Description", "  ", "所需政府信息")]
    public async Task Validate_BadField_GivesAChineseMessageOnThatField(string field, string? value, string message)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var command = await CommandAsync(database);
        command = field switch
        {
            "IdNumber" => command with { IdNumber = value },
            "ApplicantName" => command with { ApplicantName = value },
            _ => command with { Description = value },
        };
        await using var db = database.CreateContext();

        var result = await new SubmitRequestValidator(db, database.Time).ValidateAsync(command);

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Contains(message, error.ErrorMessage);
    }

    [Fact]
    public async Task Validate_OrganisationWithCreditCodeForAPerson_AndNoPrivacyConsent_AreRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var command = (await CommandAsync(database)) with
        {
            IdType = IdDocumentType.UnifiedSocialCreditCode, IdNumber = "91330100716105852F", PrivacyAccepted = false,
        };
        await using var db = database.CreateContext();

        var result = await new SubmitRequestValidator(db, database.Time).ValidateAsync(command);

        Assert.Contains(result.Errors, e => e.PropertyName == "IdType");
        Assert.Contains(result.Errors, e => e.PropertyName == "PrivacyAccepted");
    }

    [Fact]
    public async Task Validate_EmailDeliveryWithoutEmail_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var command = (await CommandAsync(database)) with { ReceivingMethod = ReceivingMethod.Email };
        await using var db = database.CreateContext();

        var result = await new SubmitRequestValidator(db, database.Time).ValidateAsync(command);

        Assert.Contains(result.Errors, e => e.PropertyName == "Email" && e.ErrorMessage.Contains("电子邮箱"));
    }

    [Fact]
    public async Task GetStatus_WithNumberAndCode_ShowsStatusAndExplainedDueDate()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var submitted = await SubmitAsync(database, await CommandAsync(database));
        await using var db = database.CreateContext();

        var view = await new GetRequestStatusHandler(db).Handle(
            new GetRequestStatusQuery(submitted.Number.ToLowerInvariant(), submitted.QueryCode!.Replace("-", " ")), CancellationToken.None);

        Assert.Equal("已登记", view.Status);
        Assert.Equal(new DateOnly(2026, 12, 25), view.DueDate); // 20 working days after 2026-11-27
        Assert.False(view.DueDateIsEstimate);
        Assert.Contains("收到申请", view.Explanation[0].Text);
        Assert.Null(view.Outcome);
    }

    [Fact]
    public async Task GetStatus_WrongCodeOrUnknownNumber_GiveTheSameNotFound()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var submitted = await SubmitAsync(database, await CommandAsync(database));
        await using var db = database.CreateContext();
        var handler = new GetRequestStatusHandler(db);

        var wrongCode = await Assert.ThrowsAsync<NotFoundException>(async () =>
            await handler.Handle(new GetRequestStatusQuery(submitted.Number, QueryCodes.New()), CancellationToken.None));
        var wrongNumber = await Assert.ThrowsAsync<NotFoundException>(async () =>
            await handler.Handle(new GetRequestStatusQuery("YSQ202611270099", submitted.QueryCode), CancellationToken.None));

        Assert.Equal(wrongCode.Message, wrongNumber.Message);
    }
}
