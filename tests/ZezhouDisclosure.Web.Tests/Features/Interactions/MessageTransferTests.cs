using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>申请转办: the holding unit asks, the county office transfers (one case, one clock, recorded) or declines.</summary>
public class MessageTransferTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<int> RoutedToGaoduAsync(string reviewerName)
    {
        var (id, _) = await MessageSteps.AskAsync(factory, "");
        var reviewer = await factory.ReviewerAsync(reviewerName);
        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.RouteAsync(factory, reviewer, id, "gaodu")).StatusCode);
        return id;
    }

    [Fact]
    public async Task RequestTransfer_ByTheHoldingClerk_CountyOfficeTransfers_SameCaseSameClock_AndTheMoveIsRecorded()
    {
        var id = await RoutedToGaoduAsync("mt-reviewer-1");
        var dueBefore = await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.DueOn).SingleAsync());
        var gaodu = await factory.ClerkAsync("mt-gaodu-1", "gaodu");

        var asked = await MessageSteps.PostStepAsync(factory, gaodu, id, "requesttransfer", new() { ["Reason"] = "供暖属住建局职责" });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var reviewer = await factory.ReviewerAsync("mt-reviewer-1");
        var triage = await HtmlForms.GetAsync(reviewer, "/admin/messages?filter=Triage");
        Assert.Contains("申请转办", triage.Document.Body!.TextContent);
        var casePage = await HtmlForms.GetAsync(reviewer, $"/admin/messages/details/{id}");
        Assert.Contains("供暖属住建局职责", casePage.Document.QuerySelector("#transfer-request")!.TextContent);

        var moved = await MessageSteps.RouteAsync(factory, reviewer, id, "bagong", note: null);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var bagongId = await factory.OrganisationIdAsync("bagong");
        var gaoduId = await factory.OrganisationIdAsync("gaodu");
        var message = await factory.QueryAsync(db => db.CitizenMessages.Include(m => m.Routings).SingleAsync(m => m.Id == id));
        Assert.Equal(bagongId, message.OrganisationId);
        Assert.Equal(dueBefore, message.DueOn);
        Assert.False(message.IsTransferRequested);
        var last = message.Routings.OrderBy(r => r.Id).Last();
        Assert.Equal(2, message.Routings.Count);
        Assert.Equal(gaoduId, last.FromOrganisationId);
        Assert.Equal(bagongId, last.ToOrganisationId);
        Assert.Equal("单位申请转办：供暖属住建局职责", last.Note);
        Assert.Equal(HttpStatusCode.NotFound, (await gaodu.GetAsync($"/admin/messages/details/{id}")).StatusCode);
        var bagong = await factory.ClerkAsync("mt-bagong-1", "bagong");
        Assert.Equal(HttpStatusCode.OK, (await bagong.GetAsync($"/admin/messages/details/{id}")).StatusCode);
    }

    [Fact]
    public async Task RequestTransfer_AnotherUnitsClerk_NotFound_AndNothingChanges()
    {
        var id = await RoutedToGaoduAsync("mt-reviewer-2");
        var version = await MessageSteps.VersionAsync(factory, id);
        var other = await factory.ClerkAsync("mt-bagong-2", "bagong");
        var ownPage = await HtmlForms.GetAsync(other, "/admin/messages");

        var response = await HtmlForms.PostAsync(other, $"/admin/messages/requesttransfer/{id}", ownPage.Token, new()
        {
            ["version"] = MessageSteps.Text(version),
            ["Reason"] = "不是我们的",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.TransferRequestedAt).SingleAsync()));
        Assert.Equal(version, await MessageSteps.VersionAsync(factory, id));
    }

    [Fact]
    public async Task RequestTransfer_WithoutAReason_ChineseErrorAndNothingRecorded()
    {
        var id = await RoutedToGaoduAsync("mt-reviewer-3");
        var gaodu = await factory.ClerkAsync("mt-gaodu-3", "gaodu");

        var response = await MessageSteps.PostStepAsync(factory, gaodu, id, "requesttransfer", new() { ["Reason"] = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写申请转办的理由", (await HtmlForms.ParseAsync(response)).Body!.TextContent);
        Assert.Null(await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.TransferRequestedAt).SingleAsync()));
    }

    [Fact]
    public async Task DeclineTransfer_CountyOffice_KeepsTheCaseWithTheUnit_WhichCanAnswerIt()
    {
        var id = await RoutedToGaoduAsync("mt-reviewer-4");
        var gaodu = await factory.ClerkAsync("mt-gaodu-4", "gaodu");
        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.PostStepAsync(factory, gaodu, id, "requesttransfer", new() { ["Reason"] = "似乎不属本镇" })).StatusCode);
        var reviewer = await factory.ReviewerAsync("mt-reviewer-4");

        var declined = await MessageSteps.PostStepAsync(factory, reviewer, id, "declinetransfer", new() { ["Note"] = "该小区在高都镇辖区" });

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var gaoduId = await factory.OrganisationIdAsync("gaodu");
        Assert.Equal(gaoduId, await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.OrganisationId).SingleAsync()));
        Assert.Null(await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.TransferRequestedAt).SingleAsync()));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Summary.Contains("不予转办") && a.Summary.Contains("该小区在高都镇辖区"))));
        var page = await HtmlForms.GetAsync(gaodu, $"/admin/messages/details/{id}");
        Assert.NotNull(page.Document.QuerySelector("#act-answer"));
    }
}
