using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Requests;

/// <summary>告知书 over HTTP: the list on the case page, the print page, the .docx, and who may have them when.</summary>
public class RequestNoticesTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<int> SeedAsync(string organisation, bool approved, string idNumber = "E7654321")
    {
        var organisationId = await factory.OrganisationIdAsync(organisation);
        return await factory.QueryAsync(async db =>
        {
            var day = new DateOnly(2026, 11, 20);
            var sequence = await db.DisclosureRequests.CountAsync() + 1;
            var request = new DisclosureRequest(
                RequestNumber.Format(day, sequence), organisationId,
                new ApplicantDetails(ApplicantType.NaturalPerson, "王五", IdDocumentType.Passport, idNumber, "13912345678", null, null),
                new RequestedInformation("某道路改造工程的批复文件", InformationForm.Electronic, ReceivingMethod.Email), RequestChannel.Post, day);
            request.Accept(day);
            request.ProposeDecision(RequestOutcome.WithheldProcessInformation, "该文件为请示报告，属于过程性信息。", new DateOnly(2026, 11, 25), "clerk");
            if (approved)
            {
                request.ApproveDecision("head", new DateOnly(2026, 11, 26));
            }

            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
    }

    [Fact]
    public async Task HandlingClerk_OpensTheReplyPrintPageAndDocx_EachAudited()
    {
        var id = await SeedAsync("gaodu", approved: true);
        var client = await factory.SignedInAsync("notice-clerk-gaodu", Roles.Clerk, "gaodu");

        var casePage = await HtmlForms.GetAsync(client, $"/admin/disclosurerequests/details/{id}");
        var links = casePage.Document.QuerySelectorAll(".request-notices a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/admin/disclosurerequests/{id}/notices/reply", links);
        Assert.Contains($"/admin/disclosurerequests/{id}/notices/reply.docx", links);
        Assert.Contains($"/admin/disclosurerequests/{id}/notices/receipt", links);

        var page = await HtmlForms.GetAsync(client, $"/admin/disclosurerequests/{id}/notices/reply");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("政府信息公开申请答复告知书", page.Document.QuerySelector("h1")!.TextContent);
        var text = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("王五：", text);
        Assert.Contains("第十六条第二款", text);
        Assert.Contains("2026年11月26日", text);
        Assert.Contains("（盖章）", text);
        Assert.Empty(page.Document.QuerySelectorAll("script"));
        Assert.Contains(page.Document.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.StartsWith("/css/notice.css", StringComparison.Ordinal));

        var docx = await client.GetAsync($"/admin/disclosurerequests/{id}/notices/reply.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync()))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            Assert.Contains("第十六条第二款", document.MainDocumentPart!.Document!.Body!.InnerText);
        }

        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "request.notice" && a.EntityId == idText)));
    }

    [Fact]
    public async Task Reply_BeforeApproval_Returns409_AndIsNotListed()
    {
        var id = await SeedAsync("gaodu", approved: false);
        var client = await factory.SignedInAsync("notice-clerk-gaodu2", Roles.Clerk, "gaodu");

        var casePage = await HtmlForms.GetAsync(client, $"/admin/disclosurerequests/details/{id}");
        Assert.DoesNotContain(casePage.Document.QuerySelectorAll(".request-notices a"), a => a.GetAttribute("href")!.EndsWith("/reply", StringComparison.Ordinal));

        var response = await client.GetAsync($"/admin/disclosurerequests/{id}/notices/reply");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var unknown = await client.GetAsync($"/admin/disclosurerequests/{id}/notices/letter");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task OtherOrganisationsClerk_Gets404_AndAnAdministrator_Gets403()
    {
        var id = await SeedAsync("gaodu", approved: true);
        var other = await factory.SignedInAsync("notice-clerk-jyj", Roles.Clerk, "jyj");
        var admin = await factory.SignedInAsync("notice-admin", Roles.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/disclosurerequests/{id}/notices/reply")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/disclosurerequests/{id}/notices/reply.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/admin/disclosurerequests/{id}/notices/reply")).StatusCode);
        var adminCase = await HtmlForms.GetAsync(admin, $"/admin/disclosurerequests/details/{id}");
        Assert.Equal(HttpStatusCode.OK, adminCase.Response.StatusCode);
        Assert.Null(adminCase.Document.QuerySelector(".request-notices"));
    }

    [Fact]
    public async Task FeeNotice_FromTheCasePageForm_ComputesTheAmount()
    {
        var id = await SeedAsync("gaodu", approved: false, idNumber: "E-FEE-ONLY"); // no earlier applications this month
        var client = await factory.SignedInAsync("notice-clerk-gaodu3", Roles.Clerk, "gaodu");
        var casePage = await HtmlForms.GetAsync(client, $"/admin/disclosurerequests/details/{id}");
        Assert.NotNull(casePage.Document.QuerySelector($"form[action='/admin/disclosurerequests/{id}/notices/fee'] select[name=method]"));

        var page = await HtmlForms.GetAsync(client, $"/admin/disclosurerequests/{id}/notices/fee?method=ByPiece&quantity=15");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("500.00 元", page.Document.QuerySelector("main")!.TextContent); // pieces 11–15 at 100 yuan
    }
}
