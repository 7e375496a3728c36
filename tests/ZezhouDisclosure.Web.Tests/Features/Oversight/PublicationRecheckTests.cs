using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Oversight;

/// <summary>The portal with the re-check after publication on (the other tests keep it off and run the inspector themselves).</summary>
public sealed class RecheckingWebFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:Inspector:RecheckAfterPublication"] = "true" };
}

/// <summary>
/// The incremental run: a publication queues its unit, the background worker re-checks that unit only, and the
/// finding the publication fixed closes; another unit's findings are not looked at.
/// </summary>
public class PublicationRecheckTests(RecheckingWebFactory factory) : IClassFixture<RecheckingWebFactory>
{
    [Fact]
    public async Task Publication_StaleColumnFixed_UnitRecheckedAloneAndFindingClosed()
    {
        var gaodu = await factory.OrganisationIdAsync("gaodu");
        var jincun = await factory.OrganisationIdAsync("jincun");
        var column = await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments);
        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇早先的政策文件"));
        await factory.SeedDocumentAsync("jincun", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("金村镇早先的政策文件"));
        await IdleAsync(); // the seeding publications' own re-checks
        factory.Time.Advance(TimeSpan.FromDays(200));
        var reviewer = await factory.ReviewerAsync("recheck-reviewer");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, "/admin/oversight", "/admin/oversight/run", [])).StatusCode);
        var before = await factory.QueryAsync(db => db.Findings.AsNoTracking().Where(f => f.CheckCode == "column.stale" && f.Subject == $"column:{column}").ToListAsync());
        Assert.True(before.Single(f => f.OrganisationId == gaodu).IsOpen);
        var jincunSeen = before.Single(f => f.OrganisationId == jincun).LastSeenAt;
        var runs = await factory.QueryAsync(db => db.InspectionRuns.CountAsync());
        factory.Time.Advance(TimeSpan.FromHours(1));

        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇新发布的政策文件"));

        await IdleAsync();
        var recheck = await factory.QueryAsync(db => db.InspectionRuns.AsNoTracking().OrderBy(r => r.Id).Skip(runs).ToListAsync());
        Assert.NotEmpty(recheck);
        Assert.All(recheck, run =>
        {
            Assert.Equal(InspectionTrigger.Publication, run.Trigger);
            Assert.Equal(gaodu, run.OrganisationId);
            Assert.Equal("系统", run.StartedBy);
        });
        var after = await factory.QueryAsync(db => db.Findings.AsNoTracking().Where(f => f.CheckCode == "column.stale" && f.Subject == $"column:{column}").ToListAsync());
        Assert.False(after.Single(f => f.OrganisationId == gaodu).IsOpen);
        var other = after.Single(f => f.OrganisationId == jincun);
        Assert.True(other.IsOpen);
        Assert.Equal(jincunSeen, other.LastSeenAt);
    }

    [Fact]
    public void Queue_SameUnitTwice_QueuedOnceAndEmptiedByTakeAll()
    {
        var queue = new PublicationRecheckQueue();
        Assert.True(queue.Enqueue([5, 3, 5]));
        Assert.False(queue.Enqueue([3]));
        Assert.Equal([3, 5], queue.TakeAll());
        Assert.False(queue.IsIdle); // two taken, not yet done
        Assert.Empty(queue.TakeAll());
        queue.Done();
        queue.Done();
        Assert.True(queue.IsIdle);
        Assert.True(queue.Enqueue([3]));
        Assert.False(queue.IsIdle);
    }

    private async Task IdleAsync()
    {
        var queue = factory.Services.GetRequiredService<PublicationRecheckQueue>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!queue.IsIdle)
        {
            Assert.True(DateTime.UtcNow < deadline, "The re-check after publication did not finish within 60 seconds.");
            await Task.Delay(50);
        }
    }
}
