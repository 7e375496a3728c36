using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>The demo data a newcomer walks through: unit heads who sign off, and a policy that went live with its 解读.</summary>
public class DemoDataTests(DemoDataTests.DemoFactory factory) : IClassFixture<DemoDataTests.DemoFactory>
{
    public sealed class DemoFactory : ZezhouWebFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:DemoData"] = "true" };
    }

    [Theory]
    [InlineData("gaodu-fzr", "高都镇2026年临时救助对象公示（演示）")]
    [InlineData("jiaoyu-fzr", null)]
    public async Task UnitHeadDemoAccount_SignsIn_AndSeesTheUnitsQueue(string userName, string? waiting)
    {
        var client = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(client, userName, DemoDataSeeder.DemoPassword);

        var queue = await client.GetAsync("/admin/unitreview");
        var html = await queue.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        if (waiting is not null)
        {
            Assert.Contains(waiting, html);
        }
    }

    [Fact]
    public async Task DemoPolicyAndItsInterpretations_WentLiveOnTheSameDay()
    {
        var pairs = await factory.QueryAsync(db => (
            from l in db.InterpretationLinks
            join p in db.Documents on l.PolicyId equals p.Id
            join i in db.Documents on l.InterpretationId equals i.Id
            select new { Policy = p.PublishedAt, Interpretation = i.PublishedAt }).ToListAsync());

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Equal(ChinaTime.ToBeijing(p.Policy!.Value).Date, ChinaTime.ToBeijing(p.Interpretation!.Value).Date));
    }

    [Fact]
    public async Task DemoSubmissionOfATownship_PassedItsUnitHeadBeforeTheCountyQueue()
    {
        var submitted = await factory.QueryAsync(db => db.Documents.Where(d => d.Status == DocumentStatus.Submitted)
            .Select(d => new { d.Title, d.UnitApprovedBy }).ToListAsync());

        Assert.Contains(submitted, d => d.UnitApprovedBy == "gaodu-fzr");
    }
}
