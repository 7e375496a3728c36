using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Tests.Features.Requests;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>Shared steps of the 留言 notification tests: a message with an e-mail address, routing, answering, publishing.</summary>
internal static class MessageSteps
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static async Task<(int Id, string Number)> AskAsync(ZezhouWebFactory factory, string email, bool consent = true)
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var fields = await MessageFormTests.AskFieldsAsync(factory, page, consent: consent);
        fields["Email"] = email;
        var receipt = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, fields));
        var number = receipt.QuerySelector("#message-number")!.TextContent;
        return (await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Number == number).Select(m => m.Id).SingleAsync()), number);
    }

    public static Task<int> VersionAsync(ZezhouWebFactory factory, int id) =>
        factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.Version).SingleAsync());

    public static async Task<HttpResponseMessage> PostStepAsync(ZezhouWebFactory factory, HttpClient client, int id, string action, Dictionary<string, string> fields)
    {
        var page = await HtmlForms.GetAsync(client, $"/admin/messages/details/{id}");
        fields["version"] = Text(await VersionAsync(factory, id));
        return await HtmlForms.PostAsync(client, $"/admin/messages/{action}/{id}", page.Token, fields);
    }

    public static async Task<HttpResponseMessage> RouteAsync(ZezhouWebFactory factory, HttpClient reviewer, int id, string unit, string? note = "属该单位职责") =>
        await PostStepAsync(factory, reviewer, id, "route", new()
        {
            ["ToOrganisationId"] = Text(await factory.OrganisationIdAsync(unit)),
            ["Note"] = note ?? "",
        });

    public static async Task SetEmailAsync(ZezhouWebFactory factory, string userName, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        user.Email = email;
        await users.UpdateAsync(user);
    }

    public static Task<List<string>> NotificationsAsync(ZezhouWebFactory factory, int id) =>
        factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == InteractionAuditActions.Notify && a.EntityId == Text(id))
            .OrderBy(a => a.Id).Select(a => a.Summary).ToListAsync());
}

/// <summary>E-mail about 留言 cases through an SMTP sink on loopback started by the test class itself.</summary>
public class MessageNotificationTests(SmtpSinkFactory factory) : IClassFixture<SmtpSinkFactory>
{
    private List<MimeMessage> MailTo(string address) =>
        [.. factory.Sink.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == address))
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))];

    [Fact]
    public async Task Route_ToUnitWithAHandlerAddress_EmailsTheHandlerWithTheCaseAndItsLimit_AndRecordsIt()
    {
        var (id, number) = await MessageSteps.AskAsync(factory, "");
        await factory.CreateClerkAsync("mn-gaodu-1", "gaodu");
        await MessageSteps.SetEmailAsync(factory, "mn-gaodu-1", "handler.gaodu@example.cn");
        var reviewer = await factory.ReviewerAsync("mn-reviewer-1");

        var routed = await MessageSteps.RouteAsync(factory, reviewer, id, "gaodu");

        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        var mail = Assert.Single(MailTo("handler.gaodu@example.cn"), m => m.Subject?.Contains(number, StringComparison.Ordinal) == true);
        Assert.Contains("留言办理通知", mail.Subject);
        Assert.Contains("泽州县高都镇人民政府", mail.TextBody);
        Assert.Contains("答复期限为 2026年12月4日", mail.TextBody);
        Assert.Contains($"/admin/messages/details/{id}", mail.TextBody);
        Assert.DoesNotContain("13812341234", mail.TextBody);
        Assert.Contains(await MessageSteps.NotificationsAsync(factory, id), s => s.Contains("已通过电子邮件向承办单位 1 名办理人员发送", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerThenPublish_CitizenWithAnAddress_IsToldTwice_WithoutTheQueryCode()
    {
        var (id, number) = await MessageSteps.AskAsync(factory, "citizen.answer@example.cn");
        var reviewer = await factory.ReviewerAsync("mn-reviewer-2");
        await MessageSteps.RouteAsync(factory, reviewer, id, "gaodu");
        var clerk = await factory.ClerkAsync("mn-gaodu-2", "gaodu");

        var answered = await MessageSteps.PostStepAsync(factory, clerk, id, "answer", new() { ["Reply"] = "高都镇今年11月15日起供暖。", ["ConfirmPersonalData"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var told = Assert.Single(MailTo("citizen.answer@example.cn"));
        Assert.Contains(number, told.Subject);
        Assert.Contains("已答复", told.Subject);
        Assert.Contains("/hdjl/query", told.TextBody);

        var published = await MessageSteps.PostStepAsync(factory, reviewer, id, "publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var mails = MailTo("citizen.answer@example.cn");
        Assert.Equal(2, mails.Count);
        // The sink does not keep the order of arrival: pick the second mail by its subject.
        var publishedMail = Assert.Single(mails, m => m.Subject?.Contains("已公开", StringComparison.Ordinal) == true);
        Assert.Contains($"/hdjl/dafu/{number}", publishedMail.TextBody);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync($"/hdjl/dafu/{number}")).StatusCode);
        var notes = await MessageSteps.NotificationsAsync(factory, id);
        Assert.Contains(notes, s => s.Contains("已通过电子邮件告知留言人", StringComparison.Ordinal) && s.Contains("答复公开", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Route_UnitWithoutAnyHandlerAddress_StepSucceeds_AndTheMissingAddressIsRecorded()
    {
        var (id, number) = await MessageSteps.AskAsync(factory, "");
        var reviewer = await factory.ReviewerAsync("mn-reviewer-3");

        var routed = await MessageSteps.RouteAsync(factory, reviewer, id, "bagong");

        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        Assert.Contains(await MessageSteps.NotificationsAsync(factory, id), s => s.Contains($"留言 {number} 的分办邮件未发出：承办单位没有登记电子邮箱的办理人员", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReminderJob_OneWorkingDayBeforeTheLimit_EmailsTheHandlersOnce()
    {
        await using var own = new SmtpSinkFactory();
        var (id, number) = await MessageSteps.AskAsync(own, "");
        await own.CreateClerkAsync("mn-gaodu-4", "gaodu");
        await MessageSteps.SetEmailAsync(own, "mn-gaodu-4", "remind.gaodu@example.cn");
        await MessageSteps.RouteAsync(own, await own.ReviewerAsync("mn-reviewer-4"), id, "gaodu");
        var key = MessageNotifications.ReminderKey(new DateOnly(2026, 12, 4));

        // Received Friday 2026-11-27, due Friday 2026-12-04: Thursday is one working day before. Moving the clock
        // there makes the reminder job tick once.
        own.Time.Advance(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero) - own.Time.GetUtcNow());
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await MessageSteps.NotificationsAsync(own, id)).Any(s => s.Contains(key, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        int again;
        await using (var scope = own.Services.CreateAsyncScope())
        {
            again = await scope.ServiceProvider.GetRequiredService<MessageNotifications>().RemindDueSoonAsync("https://www.zezhou.gov.cn", CancellationToken.None);
        }

        Assert.Equal(0, again);
        var reminders = own.Sink.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == "remind.gaodu@example.cn"))
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).Where(m => m.Subject?.Contains("临期提醒", StringComparison.Ordinal) == true).ToList();
        var reminder = Assert.Single(reminders);
        Assert.Contains(number, reminder.Subject);
        Assert.Contains($"https://www.zezhou.gov.cn/admin/messages/details/{id}", reminder.TextBody);
    }
}

/// <summary>A portal whose SMTP server refuses connections: notifications fail, the steps do not.</summary>
public sealed class DeadSmtpFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Portal:Smtp:Host"] = "127.0.0.1",
        ["Portal:Smtp:Port"] = FreePort().ToString(CultureInfo.InvariantCulture),
        ["Portal:Smtp:Security"] = "None",
        ["Portal:Smtp:From"] = "hdjl@zezhou.example.cn",
        ["Portal:Smtp:TimeoutSeconds"] = "2",
    };

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public class MessageNotificationFailureTests(DeadSmtpFactory factory) : IClassFixture<DeadSmtpFactory>
{
    [Fact]
    public async Task Answer_SmtpUnreachable_AnswerIsSaved_AndTheFailedNoticeIsRecorded()
    {
        var (id, number) = await MessageSteps.AskAsync(factory, "citizen.dead@example.cn");
        var reviewer = await factory.ReviewerAsync("mnf-reviewer-1");
        await MessageSteps.RouteAsync(factory, reviewer, id, "gaodu");
        var clerk = await factory.ClerkAsync("mnf-gaodu-1", "gaodu");

        var answered = await MessageSteps.PostStepAsync(factory, clerk, id, "answer", new() { ["Reply"] = "已答复。", ["ConfirmPersonalData"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("已答复。", await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.Reply).SingleAsync()));
        Assert.Contains(await MessageSteps.NotificationsAsync(factory, id), s => s == $"留言 {number} 的答复通知邮件未能发给留言人");
    }
}
