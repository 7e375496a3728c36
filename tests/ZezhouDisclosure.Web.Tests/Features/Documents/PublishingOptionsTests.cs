using System.Globalization;
using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>Scheduled publishing, urgent publishing with review afterwards, and the 公开属性 statistics.</summary>
public class PublishingOptionsTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<string> VersionAsync(int id) => (await factory.VersionOfAsync(id)).ToString(CultureInfo.InvariantCulture);

    private async Task<int> PublishDueAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PublishDueDocumentsCommand());
    }

    [Fact]
    public async Task Approve_WithAFutureTime_PublishesOnlyWhenTheClockGetsThere()
    {
        var reviewer = await factory.SignedInAsync("schedule-reviewer", Roles.Reviewer);
        var id = await factory.SeedDocumentAsync("daji", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted, d => d.WithTitle("大箕镇定时发布测试"));
        var beijingNow = factory.Time.GetUtcNow().UtcDateTime.AddHours(8);

        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", new()
        {
            ["version"] = await VersionAsync(id),
            ["publishAt"] = beijingNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        });
        var before = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}");
        Assert.Equal(0, await PublishDueAsync());
        factory.Time.Advance(TimeSpan.FromHours(2));
        await PublishDueAsync();
        var after = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("document.publish-scheduled", await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == id.ToString(CultureInfo.InvariantCulture)).Select(a => a.Action).ToListAsync()));
    }

    [Theory]
    [InlineData("2020-01-01T08:00")]
    [InlineData("0001-01-01T00:00")]
    public async Task Approve_WithAPastTime_Returns400AndStaysSubmitted(string publishAt)
    {
        var reviewer = await factory.SignedInAsync("schedule-reviewer2", Roles.Reviewer);
        var id = await factory.SeedDocumentAsync("daji", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);

        var response = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", new()
        {
            ["version"] = await VersionAsync(id),
            ["publishAt"] = publishAt,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("定时发布时间必须晚于现在。", await response.Content.ReadAsStringAsync());
        Assert.Equal(DocumentStatus.Submitted, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task PublishUrgently_ByTheClerk_IsPublicAtOnceAndWaitsForPostReview()
    {
        var clerk = await factory.SignedInAsync("urgent-clerk", Roles.Clerk, "shanhe");
        var reviewer = await factory.SignedInAsync("urgent-reviewer", Roles.Reviewer);
        var id = await factory.SeedDocumentAsync("shanhe", ColumnPaths.StatutoryEmergencies, DocumentStatus.Draft, d => d.WithTitle("山河镇防汛紧急通知"));

        var published = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{id}", $"/admin/documents/publishurgently/{id}", new() { ["version"] = await VersionAsync(id) });
        var publicPage = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}");
        var queue = await reviewer.GetStringAsync("/admin/review");
        var confirmed = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/confirmpostreview/{id}", new() { ["version"] = await VersionAsync(id) });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains("紧急发布，待补审", queue);
        Assert.Contains("山河镇防汛紧急通知", queue);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.AwaitingPostReview).SingleAsync()));
    }

    [Fact]
    public async Task PublishUrgently_NotPublicDocument_IsRefused()
    {
        var clerk = await factory.SignedInAsync("urgent-clerk2", Roles.Clerk, "shanhe");
        var id = await factory.SeedDocumentAsync("shanhe", ColumnPaths.PolicyDocuments, DocumentStatus.Draft, d => d.WithAttribute(DisclosureAttribute.NotPublic, NonDisclosureGround.InternalAffairs, "内部工作流程安排，不对外。"));

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{id}", $"/admin/documents/publishurgently/{id}", new() { ["version"] = await VersionAsync(id) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("只有主动公开的信息可以紧急发布。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AttributeReport_KnownApprovals_CountsSharesPerOrganisation()
    {
        var reviewer = await factory.SignedInAsync("report-reviewer", Roles.Reviewer);
        await factory.SeedDocumentAsync("beiyicheng", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        await factory.SeedDocumentAsync("beiyicheng", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        await factory.SeedDocumentAsync("beiyicheng", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        await factory.SeedDocumentAsync("beiyicheng", ColumnPaths.PolicyDocuments, DocumentStatus.ApprovedNotPublic, d => d.WithTitle("北义城镇内部事务")
            .WithAttribute(DisclosureAttribute.NotPublic, NonDisclosureGround.InternalAffairs, "人事管理内部事务信息。"));

        var page = await HtmlForms.GetAsync(reviewer, "/admin/review/attributes?year=2026");
        var row = page.Document.QuerySelectorAll("table.doc-table tbody tr").First(r => r.TextContent.Contains("北义城镇", StringComparison.Ordinal));

        Assert.Equal(["3", "0", "1", "4", "25.0%"], row.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("北义城镇内部事务", page.Document.Body!.TextContent);
    }
}
