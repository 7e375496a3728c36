using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Performance;

/// <summary>
/// A township catalogue the size real ones reach (598 rows: 23 in each of the 26 areas, long contents with line breaks):
/// every public catalogue page stays under 150 KB of HTML, the area heading spans every column, and the xlsx
/// download still holds all 598 rows. The measured sizes are written to the test output (docs/performance.md).
/// </summary>
public sealed class CataloguePageSizeTests(ZezhouWebFactory factory, ITestOutputHelper output) : IClassFixture<ZezhouWebFactory>
{
    private const string Township = "jincun";
    private const int RowsPerArea = 23;
    private const int MaxBytes = 150 * 1024;

    [Fact]
    public async Task PublishedCatalogueOf600Rows_EveryPageUnder150KilobytesAndWorkbookComplete()
    {
        var pilotAreas = await PublishAsync();
        var client = factory.CreateBrowserClient();
        var sizes = new List<(string Path, int Bytes)>();
        async Task<string> GetAsync(string path)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            sizes.Add((path, bytes.Length));
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        var overview = await GetAsync($"/jczwgk/xz/{Township}/bzml");
        foreach (var slug in pilotAreas)
        {
            await GetAsync($"/jczwgk/xz/{Township}/bzml/ly/{slug}");
        }

        var search = await GetAsync($"/jczwgk/xz/{Township}/bzml?q=" + Uri.EscapeDataString("办理"));
        await GetAsync("/jczwgk/ly/shjz");

        foreach (var (path, bytes) in sizes.OrderByDescending(s => s.Bytes).Take(5).Append(sizes[0]))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0,8:0.0} KB  {path}"));
        }

        Assert.All(sizes, s => Assert.True(s.Bytes < MaxBytes, $"{s.Path} is {s.Bytes} bytes."));
        Assert.Contains("<dd>598 项</dd>", overview, StringComparison.Ordinal);
        Assert.Contains("显示前 50 项", search, StringComparison.Ordinal);

        var page = await HtmlForms.GetAsync(client, $"/jczwgk/xz/{Township}/bzml?q=" + Uri.EscapeDataString("办理"));
        var table = page.Document.QuerySelector("table.catalogue-table")!;
        var areaRow = table.QuerySelector("tr.area-row th")!;
        var dataRow = table.QuerySelector("tbody tr:not(.area-row)")!;
        Assert.Equal(dataRow.Children.Length.ToString(CultureInfo.InvariantCulture), areaRow.GetAttribute("colspan"));
        Assert.Contains('\n', dataRow.QuerySelector("td.wide .lines")!.TextContent);

        var workbook = await client.GetByteArrayAsync($"/jczwgk/xz/{Township}/bzml.xlsx");
        using var stream = new MemoryStream(workbook);
        var sheets = new MiniExcelSpreadsheet().Read(stream);
        Assert.Equal(pilotAreas.Count * RowsPerArea, sheets.Sum(s => s.Rows.Skip(2).Count(r => r.Any(c => !string.IsNullOrWhiteSpace(c)))));
    }

    /// <summary>Compiles the township's catalogue straight into the domain (as an import would), then submits and approves it over HTTP.</summary>
    private async Task<List<string>> PublishAsync()
    {
        var clerk = await factory.ClerkAsync("size-clerk", Township);
        var reviewer = await factory.ReviewerAsync("size-reviewer");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/start", [])).StatusCode);
        var organisationId = await factory.OrganisationIdAsync(Township);
        List<string> slugs;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var areas = await db.PilotAreas.OrderBy(a => a.Number).ToListAsync();
            slugs = areas.Select(a => a.Slug).ToList();
            var catalogue = await db.TownshipCatalogues.Include(c => c.Items).Include(c => c.Areas).SingleAsync(c => c.OrganisationId == organisationId);
            catalogue.ReplaceWith(areas.Select(a => new ImportedArea(a.Id, null, null,
                Enumerable.Range(1, RowsPerArea).Select(n => new ImportedRow(Row(a.Name, n), null)).ToList())).ToList());
            await db.SaveChangesAsync();
        }

        var version = await factory.QueryAsync(db => db.TownshipCatalogues.Where(c => c.OrganisationId == organisationId).Select(c => new { c.Id, c.Version }).SingleAsync());
        var submitted = await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/submit", new() { ["version"] = S(version.Version) });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        version = await factory.QueryAsync(db => db.TownshipCatalogues.Where(c => c.OrganisationId == organisationId).Select(c => new { c.Id, c.Version }).SingleAsync());
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/cataloguereview/details/{version.Id}", $"/admin/cataloguereview/approve/{version.Id}", new()
        {
            ["version"] = S(version.Version),
            ["effectiveFrom"] = "2026-12-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return slugs;
    }

    private static CatalogueItemContent Row(string area, int n) => new(
        $"{area}业务办理", $"第{n}项办事指南", null,
        "1.办理事项、办理条件及申请对象范围\n2.申请材料清单及样式、办理流程、办理时限\n3.办理时间、地点和咨询电话\n4.办理结果及监督投诉渠道（投诉举报电话、通讯地址）",
        "《中华人民共和国政府信息公开条例》（国务院令第711号）第十九条、第二十条、第二十六条；《社会救助暂行办法》（国务院令第649号）",
        "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。", "泽州县金村镇人民政府",
        DisclosureChannels.GovernmentWebsite | DisclosureChannels.ServiceCentre | DisclosureChannels.NoticeBoard,
        DisclosureAudience.Public, CatalogueDisclosureMode.Proactive, DisclosureLevels.Township);

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);
}
