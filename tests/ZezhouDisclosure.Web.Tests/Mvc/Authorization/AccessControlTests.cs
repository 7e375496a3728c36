using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Mvc.Authorization;

/// <summary>Who may do what: a clerk only for their own organisation, reviewers only review, nobody without a token.</summary>
public class AccessControlTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/documents")]
    [InlineData("/admin/documents/create")]
    [InlineData("/admin/review")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/users")]
    public async Task Get_AdminPageAnonymously_RedirectsToLogin(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData(DocumentStatus.Draft)]
    [InlineData(DocumentStatus.Submitted)]
    [InlineData(DocumentStatus.Returned)]
    public async Task Get_OtherTownshipsUnpublishedDocument_Is404ForAClerk(DocumentStatus status)
    {
        var clerk = await factory.ClerkAsync("gaodu-reader", "gaodu");
        var id = await factory.SeedDocumentAsync("bagong", ColumnPaths.PolicyDocuments, status, d => d.WithTitle("巴公镇内部草稿"));

        var details = await clerk.GetAsync($"/admin/documents/details/{id}");
        var edit = await clerk.GetAsync($"/admin/documents/edit/{id}");
        var list = await clerk.GetStringAsync("/admin/documents");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.DoesNotContain("巴公镇内部草稿", list);
    }

    [Fact]
    public async Task Get_OtherTownshipsPublishedDocumentInBackOffice_Is403()
    {
        var clerk = await factory.ClerkAsync("gaodu-peeker", "gaodu");
        var id = await factory.SeedDocumentAsync("bagong", ColumnPaths.PolicyDocuments, DocumentStatus.Published);

        var response = await clerk.GetAsync($"/admin/documents/details/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("只能查看本单位的信息", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_EditOfOtherTownshipsDraft_IsRefusedAndChangesNothing()
    {
        var clerk = await factory.ClerkAsync("gaodu-writer", "gaodu");
        var id = await factory.SeedDocumentAsync("bagong", ColumnPaths.PolicyDocuments, DocumentStatus.Draft, d => d.WithTitle("巴公镇原稿"));
        var token = (await HtmlForms.GetAsync(clerk, "/admin/documents/create")).Token;

        var response = await HtmlForms.PostAsync(clerk, $"/admin/documents/edit/{id}", token, new()
        {
            ["Title"] = "被篡改",
            ["ColumnId"] = (await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Version"] = "1",
        });
        var submit = await HtmlForms.PostAsync(clerk, $"/admin/documents/submit/{id}", token, new() { ["version"] = "1" });

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Contains(submit.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Equal("巴公镇原稿", await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task Post_ApproveAsClerk_Is403AndNothingIsPublished()
    {
        var clerk = await factory.ClerkAsync("self-approver", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);
        var token = (await HtmlForms.GetAsync(clerk, $"/admin/documents/details/{id}")).Token;

        var response = await HtmlForms.PostAsync(clerk, $"/admin/review/approve/{id}", token, new() { ["version"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
        Assert.Equal(DocumentStatus.Submitted, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Post_CreateAsReviewer_IsRefused()
    {
        await factory.CreateReviewerAsync("writing-reviewer");
        var reviewer = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(reviewer, "writing-reviewer");
        var token = (await HtmlForms.GetAsync(reviewer, "/admin/documents")).Token;

        var response = await HtmlForms.PostAsync(reviewer, "/admin/documents/create", token, new() { ["Title"] = "审核员不能起草" });

        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400()
    {
        var clerk = await factory.ClerkAsync("no-token-clerk", "gaodu");

        var create = await HtmlForms.PostAsync(clerk, "/admin/documents/create", "", new() { ["Title"] = "无令牌" });
        var login = await HtmlForms.PostAsync(factory.CreateBrowserClient(), "/account/login", "", new() { ["UserName"] = "x", ["Password"] = "y" });

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().CountAsync(d => d.Title == "无令牌")));
    }

    [Fact]
    public async Task Post_TokenFromAnotherSession_Returns400()
    {
        var clerk = await factory.ClerkAsync("token-owner", "gaodu");
        var stranger = factory.CreateBrowserClient();
        var strangersToken = (await HtmlForms.GetAsync(stranger, "/account/login")).Token;

        var response = await HtmlForms.PostAsync(clerk, "/admin/documents/create", strangersToken, new() { ["Title"] = "借用令牌" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_AuditLogAsClerk_IsDenied()
    {
        var clerk = await factory.ClerkAsync("audit-peeker", "gaodu");

        var response = await clerk.GetAsync("/admin/audit");

        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Get_BackOfficePage_IsNotCached()
    {
        var clerk = await factory.ClerkAsync("cache-clerk", "gaodu");

        var response = await clerk.GetAsync("/admin/documents");

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
