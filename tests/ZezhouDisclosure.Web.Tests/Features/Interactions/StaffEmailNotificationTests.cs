using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Tests.Features.Requests;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>
/// The handlers' notification addresses as staff set them through the back-office (通知邮箱), through an SMTP sink on
/// loopback: routing and the reminder reach exactly the unit's addresses, and the county office sees a unit nobody
/// can be told in.
/// </summary>
public class StaffEmailNotificationTests(SmtpSinkFactory factory) : IClassFixture<SmtpSinkFactory>
{
    private static List<MimeMessage> MailTo(SmtpSinkFactory sink, string address) =>
        [.. sink.Sink.ReceivedEmail.Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))];

    private static async Task SetByAdministratorAsync(ZezhouWebFactory site, HttpClient admin, string userName, string address)
    {
        var id = await site.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        var saved = await HtmlForms.SubmitAsync(admin, $"/admin/users/email/{id}", $"/admin/users/email/{id}", new() { ["Email"] = address });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task Route_AfterTheAdministratorSetTheClerksAddress_MailGoesToExactlyThatAddress_AndNotToAnotherUnitsClerk()
    {
        var (id, number) = await MessageSteps.AskAsync(factory, "");
        await factory.CreateClerkAsync("se-gaodu-1", "gaodu");
        var otherUnit = await factory.ClerkAsync("se-bagong-1", "bagong");
        var admin = await factory.AdministratorAsync("se-admin-1");
        await SetByAdministratorAsync(factory, admin, "se-gaodu-1", "se.gaodu@zezhou.gov.cn");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(otherUnit, "/account/email", "/account/email", new() { ["Email"] = "se.bagong@zezhou.gov.cn" })).StatusCode);
        var before = factory.Sink.ReceivedEmail.Count(m => m.Subject?.Contains(number, StringComparison.Ordinal) == true);

        var routed = await MessageSteps.RouteAsync(factory, await factory.ReviewerAsync("se-reviewer-1"), id, "gaodu");

        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        Assert.Equal(0, before);
        var about = factory.Sink.ReceivedEmail.Where(m => m.Subject?.Contains(number, StringComparison.Ordinal) == true).ToList();
        var mail = Assert.Single(about);
        Assert.Equal(["se.gaodu@zezhou.gov.cn"], mail.ToAddresses.Select(a => a.Address));
        Assert.Empty(MailTo(factory, "se.bagong@zezhou.gov.cn"));
    }

    [Fact]
    public async Task CasePage_UnitWithoutAnAddress_TheCountyOfficeIsTold_InTheUnitChoiceAndOnTheCase()
    {
        var (id, _) = await MessageSteps.AskAsync(factory, "");
        await factory.CreateClerkAsync("se-gaodu-2", "gaodu");
        await SetByAdministratorAsync(factory, await factory.AdministratorAsync("se-admin-2"), "se-gaodu-2", "se2.gaodu@zezhou.gov.cn");
        var reviewer = await factory.ReviewerAsync("se-reviewer-2");
        var gaodu = await factory.OrganisationIdAsync("gaodu");
        var nanling = await factory.OrganisationIdAsync("nanling");

        var page = await HtmlForms.GetAsync(reviewer, $"/admin/messages/details/{id}");

        Assert.DoesNotContain("无通知邮箱", page.Document.QuerySelector($"#route-ToOrganisationId option[value='{gaodu}']")!.TextContent);
        Assert.Contains("无通知邮箱", page.Document.QuerySelector($"#route-ToOrganisationId option[value='{nanling}']")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.RouteAsync(factory, reviewer, id, "nanling")).StatusCode);
        var routed = await HtmlForms.GetAsync(reviewer, $"/admin/messages/details/{id}");
        Assert.Contains("该单位无可接收邮件的办理人", routed.Document.QuerySelector("#message-unit-no-mail")!.TextContent);
    }

    [Fact]
    public async Task ReminderJob_OneWorkingDayBeforeTheLimit_ReachesTheAddressTheClerkSetOnTheirOwnPage()
    {
        await using var own = new SmtpSinkFactory();
        var (id, number) = await MessageSteps.AskAsync(own, "");
        var clerk = await own.ClerkAsync("se-gaodu-3", "gaodu");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/account/email", "/account/email", new() { ["Email"] = "se3.gaodu@zezhou.gov.cn" })).StatusCode);
        await MessageSteps.RouteAsync(own, await own.ReviewerAsync("se-reviewer-3"), id, "gaodu");
        var key = MessageNotifications.ReminderKey(new DateOnly(2026, 12, 4));
        Assert.DoesNotContain(MailTo(own, "se3.gaodu@zezhou.gov.cn"), m => m.Subject?.Contains("临期提醒", StringComparison.Ordinal) == true);

        // Received Friday 2026-11-27, due Friday 2026-12-04: Thursday 2026-12-03 is one working day before.
        own.Time.Advance(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero) - own.Time.GetUtcNow());
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await MessageSteps.NotificationsAsync(own, id)).Any(s => s.Contains(key, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var reminder = Assert.Single(MailTo(own, "se3.gaodu@zezhou.gov.cn"), m => m.Subject?.Contains("临期提醒", StringComparison.Ordinal) == true);
        Assert.Contains(number, reminder.Subject);
    }
}
