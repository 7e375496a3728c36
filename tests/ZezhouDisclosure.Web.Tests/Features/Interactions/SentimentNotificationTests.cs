using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Sentiment;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Tests.Features.Requests;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>E-mail to the responsible units of a 舆情 case (registration, verification request), through an SMTP sink on loopback.</summary>
public class SentimentNotificationTests(SmtpSinkFactory factory) : IClassFixture<SmtpSinkFactory>
{
    private List<MimeMessage> MailTo(string address) =>
        [.. factory.Sink.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == address))
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))];

    [Fact]
    public async Task RegisterThenAskForVerification_UnitsStaffWithAnAddressAreMailed_AUnitWithoutOneIsRecorded()
    {
        var clerk = await factory.ClerkAsync("sn-gaodu-1", "gaodu");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/account/email", "/account/email", new() { ["Email"] = "sn.gaodu@zezhou.gov.cn" })).StatusCode);
        var reviewer = await factory.ReviewerAsync("sn-reviewer-1");
        var beijingNow = factory.Time.GetUtcNow().UtcDateTime.AddHours(8);
        var page = await HtmlForms.GetAsync(reviewer, "/admin/sentiment/create");

        var created = await HtmlForms.PostAsync(reviewer, "/admin/sentiment/create", page.Token, new()
        {
            ["Topic"] = "高都镇集市占道经营",
            ["Source"] = "微博",
            ["FirstSeenAt"] = new DateTime(beijingNow.Year, beijingNow.Month, beijingNow.Day, beijingNow.Hour, 0, 0, DateTimeKind.Unspecified).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Level"] = "Major",
            ["LeadOrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(CultureInfo.InvariantCulture),
            ["OtherOrganisationIds"] = (await factory.OrganisationIdAsync("nanling")).ToString(CultureInfo.InvariantCulture),
            ["LiaisonName"] = "王联络",
            ["HandlerName"] = "李承办",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.QueryAsync(db => db.SentimentCases.Where(c => c.Topic == "高都镇集市占道经营").Select(c => c.Id).SingleAsync());
        var registered = Assert.Single(MailTo("sn.gaodu@zezhou.gov.cn"));
        Assert.Contains("高都镇集市占道经营", registered.Subject);
        Assert.Contains("贵单位为牵头单位", registered.TextBody);
        Assert.Contains("（自发现时起 24 小时）", registered.TextBody);
        Assert.Contains($"/admin/sentimentfeedback/details/{id}", registered.TextBody);
        var notes = await NotesAsync(id);
        Assert.Contains(notes, s => s == "已通过电子邮件向高都镇 1 名办理人员发送舆情登记通知");
        Assert.Contains(notes, s => s.StartsWith("舆情登记邮件未发给", StringComparison.Ordinal) && s.EndsWith("：该单位无可接收邮件的办理人。", StringComparison.Ordinal));

        var details = await HtmlForms.GetAsync(reviewer, $"/admin/sentiment/details/{id}");
        var asked = await HtmlForms.PostAsync(reviewer, $"/admin/sentiment/record/{id}", details.Token, new()
        {
            ["version"] = (await factory.QueryAsync(db => db.SentimentCases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync())).ToString(CultureInfo.InvariantCulture),
            ["Kind"] = nameof(SentimentEntryKind.VerificationRequest),
            ["Text"] = "请核实集市占道情况",
        });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var verification = Assert.Single(MailTo("sn.gaodu@zezhou.gov.cn"), m => m.Subject?.Contains("核实要求", StringComparison.Ordinal) == true);
        Assert.Contains("核实反馈时限", verification.TextBody);
    }

    private Task<List<string>> NotesAsync(int id) =>
        factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == InteractionAuditActions.Notify && a.EntityType == nameof(SentimentCase) && a.EntityId == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Summary).ToListAsync());
}
