using System.Data.Common;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Performance;

/// <summary>Counts every database command the portal sends (the output cache is off, so each request reaches the database).</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>
/// The portal with a command counter, measured at 5 and again at 50 published documents of one township (with an
/// approved catalogue), so a query per row would show as growth.
/// </summary>
public sealed class QueryCountFixture : ZezhouWebFactory, IAsyncLifetime
{
    public const string Township = "dadonggou";

    public static readonly string[] Pages = ["home", "column", "column-deep", "document", "organisation", "organisation-catalogue", "township-catalogue", "township-catalogue-area"];

    public CommandCounter Counter { get; } = new();

    public Dictionary<string, int> AtFive { get; } = [];

    public Dictionary<string, int> AtFifty { get; } = [];

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:OutputCache:Enabled"] = "false" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Counter)));
    }

    public async Task InitializeAsync()
    {
        await ApproveCatalogueAsync();
        var first = 0;
        for (var i = 0; i < 5; i++)
        {
            var id = await SeedAsync(i);
            first = first == 0 ? id : first;
        }

        await MeasureAsync(AtFive, first);
        for (var i = 5; i < 50; i++)
        {
            await SeedAsync(i);
        }

        await MeasureAsync(AtFifty, first);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private Task<int> SeedAsync(int i) => SeedDocumentAsync(Township, ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("大东沟镇第" + i.ToString(CultureInfo.InvariantCulture) + "号通知"));

    private async Task ApproveCatalogueAsync()
    {
        await CreateClerkAsync("count-clerk", Township);
        await CreateReviewerAsync("count-reviewer");
        var clerk = CreateBrowserClient();
        await SignInAsync(clerk, "count-clerk");
        var reviewer = CreateBrowserClient();
        await SignInAsync(reviewer, "count-reviewer");
        var township = await OrganisationIdAsync(Township);
        var area = await QueryAsync(db => db.PilotAreas.Where(a => a.Slug == "shjz").Select(a => a.Id).SingleAsync());
        Task<(int Id, int Version)> CatalogueAsync() => QueryAsync(db => db.TownshipCatalogues
            .Where(c => c.OrganisationId == township).Select(c => ValueTuple.Create(c.Id, c.Version)).SingleAsync());
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/start", []);
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/addarea", new() { ["pilotAreaId"] = area.ToString(CultureInfo.InvariantCulture) });
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/submit", new() { ["version"] = (await CatalogueAsync()).Version.ToString(CultureInfo.InvariantCulture) });
        var catalogue = await CatalogueAsync();
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/cataloguereview/details/{catalogue.Id}", $"/admin/cataloguereview/approve/{catalogue.Id}", new()
        {
            ["version"] = catalogue.Version.ToString(CultureInfo.InvariantCulture),
            ["effectiveFrom"] = "2026-12-01",
        });
        if (approved.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Catalogue approval failed: " + (int)approved.StatusCode);
        }
    }

    private async Task MeasureAsync(Dictionary<string, int> into, int documentId)
    {
        var client = CreateBrowserClient();
        var urls = new Dictionary<string, string>
        {
            ["home"] = "/",
            ["column"] = "/xxgk/zcwj",
            ["column-deep"] = "/xxgk/zcwj?page=3",
            ["document"] = $"/xxgk/doc/{documentId}",
            ["organisation"] = $"/xxgk/jg/{Township}",
            ["organisation-catalogue"] = $"/xxgk/jg/{Township}/ml?page=2",
            ["township-catalogue"] = $"/jczwgk/xz/{Township}/bzml",
            ["township-catalogue-area"] = $"/jczwgk/xz/{Township}/bzml/ly/shjz",
        };
        foreach (var (page, url) in urls)
        {
            // Counted with the read cache warm (totals and the column tree; it is emptied only when public content
            // changes), which is what nearly every request of a busy day sees; the warm-up request fills it.
            await client.GetAsync(url);
            Counter.Reset();
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
            }

            into[page] = Counter.Count;
        }
    }
}

/// <summary>No N+1: list and detail pages run a small, fixed number of queries whatever the number of rows.</summary>
public class QueryCountTests(QueryCountFixture fixture) : IClassFixture<QueryCountFixture>
{
    public static TheoryData<string> Pages => new(QueryCountFixture.Pages);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Get_FiftyDocumentsInsteadOfFive_RunsTheSameNumberOfQueries(string page) =>
        Assert.Equal(fixture.AtFive[page], fixture.AtFifty[page]);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Get_Page_RunsAtMostSixQueries(string page) =>
        Assert.InRange(fixture.AtFifty[page], 1, 6);

    /// <summary>
    /// Issue 19's budgets for the pages a crowd or a crawler reads (each query costs about 0.3 ms of EF Core overhead):
    /// a list page is one command (ids in a subquery, rows by key), the home page two lists, a document page three (the
    /// document, its 解读 links both ways, its attachments; joint issuers' names, earlier names and 征求意见 back-links
    /// come from the read cache). Before: 4, 2, 2 and 6; the document page was 4 until session 11. A township's
    /// catalogue overview reads no rows (the unit, the township with its versions, the 26 areas, the counts per area;
    /// before: 6 commands and every row with its filed documents); an area's page keeps its 6 commands but reads only
    /// that area's rows and their links (before: every row of the version).
    /// </summary>
    [Theory]
    [InlineData("home", 2)]
    [InlineData("column", 1)]
    [InlineData("column-deep", 1)]
    [InlineData("document", 3)]
    [InlineData("township-catalogue", 4)]
    [InlineData("township-catalogue-area", 6)]
    public void Get_PublicReadPage_StaysWithinItsQueryBudget(string page, int budget) =>
        Assert.True(fixture.AtFifty[page] <= budget, $"{page} ran {fixture.AtFifty[page]} queries; its budget is {budget}");
}
