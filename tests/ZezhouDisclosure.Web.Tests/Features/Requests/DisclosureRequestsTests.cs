using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Requests;

/// <summary>The back-office side of 依申请公开 over HTTP: to-do list, case page, audited ID reveal, 受理, and who may.</summary>
public class DisclosureRequestsTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private const string IdNumber = "140525199001011235";

    private async Task<int> SeedAsync(string organisation)
    {
        var organisationId = await factory.OrganisationIdAsync(organisation);
        return await factory.QueryAsync(async db =>
        {
            var day = new DateOnly(2026, 11, 20);
            var sequence = await db.DisclosureRequests.CountAsync() + 1;
            var request = new DisclosureRequest(
                RequestNumber.Format(day, sequence), organisationId,
                new ApplicantDetails(ApplicantType.NaturalPerson, "李四", IdDocumentType.ResidentIdCard, IdNumber, "13912345678", null, null),
                new RequestedInformation("某项目环评批复", InformationForm.Electronic, ReceivingMethod.Email), RequestChannel.Post, day);
            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
    }

    [Fact]
    public async Task HandlingClerk_SeesMaskedListAndCase_RevealsTheIdWithAnAuditEntry_AndAccepts()
    {
        var id = await SeedAsync("gaodu");
        var client = await factory.ClerkAsync("req-clerk-gaodu", "gaodu");

        var list = await HtmlForms.GetAsync(client, "/admin/disclosurerequests");
        Assert.Equal(HttpStatusCode.OK, list.Response.StatusCode);
        Assert.Contains("李*", list.Document.QuerySelector("table")!.TextContent);
        Assert.DoesNotContain("李四", list.Document.Body!.TextContent);

        var page = await HtmlForms.GetAsync(client, $"/admin/disclosurerequests/details/{id}");
        Assert.Equal("1405**********1235", page.Document.QuerySelector("#id-number")!.TextContent);
        Assert.Equal("2026年12月18日", page.Document.QuerySelector("#deadline-title")!.TextContent.Replace("答复期限：", "").Trim());

        var revealed = await HtmlForms.PostAsync(client, $"/admin/disclosurerequests/revealidnumber/{id}", page.Token, []);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal(IdNumber, (await HtmlForms.ParseAsync(revealed)).QuerySelector("#id-number")!.TextContent);
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "request.reveal-id" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var accepted = await HtmlForms.PostAsync(client, $"/admin/disclosurerequests/accept/{id}", page.Token, new() { ["version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(RequestStatus.Processing, await factory.QueryAsync(db => db.DisclosureRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        var stale = await HtmlForms.PostAsync(client, $"/admin/disclosurerequests/accept/{id}", page.Token, new() { ["version"] = "1" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisationsClerk_GetsNotFound_AndAReviewerMayNotRevealTheId()
    {
        var id = await SeedAsync("gaodu");
        var other = await factory.ClerkAsync("req-clerk-jyj", "jyj");

        var page = await HtmlForms.GetAsync(other, $"/admin/disclosurerequests/details/{id}");
        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        var list = await HtmlForms.GetAsync(other, "/admin/disclosurerequests");
        var reveal = await HtmlForms.PostAsync(other, $"/admin/disclosurerequests/revealidnumber/{id}", list.Token, []);
        Assert.Equal(HttpStatusCode.NotFound, reveal.StatusCode);

        await factory.CreateReviewerAsync("req-reviewer");
        var reviewer = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(reviewer, "req-reviewer");
        var county = await HtmlForms.GetAsync(reviewer, $"/admin/disclosurerequests/details/{id}");
        Assert.Equal(HttpStatusCode.OK, county.Response.StatusCode);
        Assert.Equal("李*", county.Document.QuerySelectorAll(".facts dd")[5].TextContent);
        var forbidden = await HtmlForms.PostAsync(reviewer, $"/admin/disclosurerequests/revealidnumber/{id}", county.Token, []);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var client = factory.CreateBrowserClient();

        var response = await client.GetAsync("/admin/disclosurerequests");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }
}
