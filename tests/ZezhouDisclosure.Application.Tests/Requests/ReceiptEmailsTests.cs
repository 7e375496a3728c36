using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Requests;

/// <summary>The receipt e-mail after commit: sent, not configured, failed; always recorded for staff. And the form rules.</summary>
public class ReceiptEmailsTests
{
    private sealed class FakeEmail(bool configured, Exception? failure = null) : IEmailSender
    {
        public List<EmailMessage> Sent { get; } = [];

        public bool IsConfigured => configured;

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (failure is not null)
            {
                throw failure;
            }

            Sent.Add(message);
            return Task.CompletedTask;
        }
    }

    /// <summary>Runs the record command through its handler, as the mediator would (the test has no mediator).</summary>
    private sealed class RecordingSender(SqliteTestDatabase database) : ISender
    {
        public async ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
        {
            await using var db = database.CreateContext();
            await new RecordReceiptEmailHandler(db, database.Time).Handle((RecordReceiptEmailCommand)(object)command, cancellationToken);
            return default!;
        }

        public ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private static async Task<SubmitRequestResult> SubmitAsync(SqliteTestDatabase database, string? email)
    {
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        database.User.AsAnonymous();
        return await new SubmitRequestHandler(db, database.Time).Handle(new SubmitRequestCommand(
            Guid.NewGuid().ToString("N"), organisationId, ApplicantType.NaturalPerson, "张三", IdDocumentType.ResidentIdCard,
            "140525199001011235", "13812341234", email, null, "某文件", InformationForm.Electronic, ReceivingMethod.Email, true), CancellationToken.None);
    }

    private static async Task<DisclosureRequest> CaseAsync(SqliteTestDatabase database, string number)
    {
        await using var db = database.CreateContext();
        return await db.DisclosureRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Number == number);
    }

    [Fact]
    public async Task Send_Configured_SendsNumberCodeAndLegalNameAndRecordsIt()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var receipt = await SubmitAsync(database, "zhang@example.cn");
        var email = new FakeEmail(configured: true);

        var result = await new ReceiptEmails(email, new RecordingSender(database), NullLogger<ReceiptEmails>.Instance)
            .SendAsync(receipt, "https://example.cn/xxgk/ysqgk/query", CancellationToken.None);

        Assert.True(result.EmailSent);
        var message = Assert.Single(email.Sent);
        Assert.Equal("zhang@example.cn", message.To);
        Assert.Contains(receipt.Number, message.Subject);
        Assert.Contains(receipt.QueryCode!, message.Body);
        Assert.Contains("泽州县高都镇人民政府", message.Body);
        Assert.DoesNotContain("140525199001011235", message.Body);
        Assert.NotNull((await CaseAsync(database, receipt.Number)).ReceiptEmailSentAt);
    }

    [Fact]
    public async Task Send_NotConfigured_SendsNothingAndRecordsWhyForStaff()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var receipt = await SubmitAsync(database, "zhang@example.cn");

        var result = await new ReceiptEmails(new FakeEmail(configured: false), new RecordingSender(database), NullLogger<ReceiptEmails>.Instance)
            .SendAsync(receipt, "https://example.cn/q", CancellationToken.None);

        Assert.False(result.EmailSent);
        var stored = await CaseAsync(database, receipt.Number);
        Assert.Null(stored.ReceiptEmailSentAt);
        Assert.Contains("未配置邮件服务器", stored.ReceiptEmailProblem);
    }

    [Fact]
    public async Task Send_ServerFails_RecordsTheFailure()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var receipt = await SubmitAsync(database, "zhang@example.cn");

        var result = await new ReceiptEmails(new FakeEmail(true, new IOException("connection refused")), new RecordingSender(database), NullLogger<ReceiptEmails>.Instance)
            .SendAsync(receipt, "https://example.cn/q", CancellationToken.None);

        Assert.False(result.EmailSent);
        Assert.Contains("connection refused", (await CaseAsync(database, receipt.Number)).ReceiptEmailProblem);
    }

    [Fact]
    public async Task Send_NoAddress_DoesNothing()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var receipt = await SubmitAsync(database, null);
        var email = new FakeEmail(true);

        var result = await new ReceiptEmails(email, new RecordingSender(database), NullLogger<ReceiptEmails>.Instance)
            .SendAsync(receipt, "https://example.cn/q", CancellationToken.None);

        Assert.Null(result.EmailSent);
        Assert.Empty(email.Sent);
    }
}
