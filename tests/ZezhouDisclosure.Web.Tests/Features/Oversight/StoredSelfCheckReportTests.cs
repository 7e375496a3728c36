using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Features.Oversight;

namespace ZezhouDisclosure.Web.Tests.Features.Oversight;

/// <summary>The portal with the monthly self-check reports on and the nightly inspection off (not under test here).</summary>
public sealed class MonthlyReportsWebFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Portal:Inspector:MonthlyReports"] = "true",
        ["Portal:Inspector:MonthlyReportHour"] = "6",
        ["Portal:Inspector:Nightly"] = "false",
    };
}

/// <summary>Moves the portal's clock and waits until the monthly job has ticked at the new time.</summary>
internal static class MonthlyJobClock
{
    public static DateTimeOffset Beijing(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    public static async Task MoveAsync(ZezhouWebFactory factory, MonthlySelfCheckReportService job, DateTimeOffset to)
    {
        factory.Time.SetUtcNow(to);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (job.LastChecked < to && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(job.LastChecked >= to, "the monthly job did not tick");
    }
}

/// <summary>The monthly job: November's reports appear on 1 December (the 1st working day) from 06:00, not the day before, once.</summary>
public class MonthlySelfCheckReportJobTests(MonthlyReportsWebFactory factory) : IClassFixture<MonthlyReportsWebFactory>
{
    private static DateTimeOffset Beijing(int year, int month, int day, int hour) => MonthlyJobClock.Beijing(year, month, day, hour);

    private Task MoveClockAsync(MonthlySelfCheckReportService job, DateTimeOffset to) => MonthlyJobClock.MoveAsync(factory, job, to);

    [Fact]
    public async Task Job_FirstWorkingDayOfTheMonth_StoresLastMonthsReportsOnceAndNotTheDayBefore()
    {
        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇十一月的政策文件"));
        var job = factory.Services.GetServices<IHostedService>().OfType<MonthlySelfCheckReportService>().Single();

        await MoveClockAsync(job, Beijing(2026, 11, 30, 23)); // the day before: October is before the portal's data
        Assert.Equal(0, await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync()));

        await MoveClockAsync(job, Beijing(2026, 12, 1, 5)); // the day, before the hour
        Assert.Equal(0, await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync()));

        await MoveClockAsync(job, Beijing(2026, 12, 1, 7));
        var (first, last) = (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var units = await factory.QueryAsync(db => db.Organisations.Where(Organisation.HasDisclosureSection)
            .CountAsync(o => (o.ValidFrom == null || o.ValidFrom <= last) && (o.ValidTo == null || o.ValidTo >= first)));
        var stored = await factory.QueryAsync(db => db.StoredSelfCheckReports.AsNoTracking().ToListAsync());
        Assert.Equal(units + 1, stored.Count);
        Assert.All(stored, r => Assert.Equal((2026, 11, 1, SelfCheckReportTrigger.Monthly, "系统"), (r.Year, r.Month, r.Edition, r.Trigger, r.GeneratedBy)));
        Assert.Single(stored, r => r.OrganisationId is null);
        var gaodu = await factory.OrganisationIdAsync("gaodu");
        Assert.Equal("高都镇", stored.Single(r => r.OrganisationId == gaodu).UnitName);

        await MoveClockAsync(job, Beijing(2026, 12, 2, 9)); // running again makes nothing new
        Assert.Equal(units + 1, await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync()));
    }
}

/// <summary>The monthly job after the portal was down for months: every missed month is made on the first tick, once.</summary>
public class MonthlySelfCheckReportCatchUpTests(MonthlyReportsWebFactory factory) : IClassFixture<MonthlyReportsWebFactory>
{
    private static DateTimeOffset Beijing(int year, int month, int day, int hour) => MonthlyJobClock.Beijing(year, month, day, hour);

    private Task MoveClockAsync(MonthlySelfCheckReportService job, DateTimeOffset to) => MonthlyJobClock.MoveAsync(factory, job, to);

    [Fact]
    public async Task Job_AfterThreeMonthsDown_StoresEveryMissedMonthOnce()
    {
        await factory.SeedDocumentAsync("jincun", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("金村镇十一月的政策文件"));
        var job = factory.Services.GetServices<IHostedService>().OfType<MonthlySelfCheckReportService>().Single();
        await MoveClockAsync(job, Beijing(2026, 12, 1, 7));
        var perMonth = await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync(r => r.Year == 2026 && r.Month == 11));
        Assert.True(perMonth > 1, "November's reports were not made");

        await MoveClockAsync(job, Beijing(2027, 3, 1, 7)); // down from December to March: December, January and February are missing

        var months = await factory.QueryAsync(db => db.StoredSelfCheckReports.AsNoTracking()
            .GroupBy(r => new { r.Year, r.Month }).Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync());
        Assert.Equal(
            [(2026, 11, perMonth), (2026, 12, perMonth), (2027, 1, perMonth), (2027, 2, perMonth)],
            months.OrderBy(m => m.Year).ThenBy(m => m.Month).Select(m => (m.Year, m.Month, m.Count)));
        Assert.All(await factory.QueryAsync(db => db.StoredSelfCheckReports.AsNoTracking().ToListAsync()),
            r => Assert.Equal((1, SelfCheckReportTrigger.Monthly), (r.Edition, r.Trigger)));

        await MoveClockAsync(job, Beijing(2027, 3, 1, 9)); // the next tick makes nothing new
        Assert.Equal(4 * perMonth, await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync()));
    }
}

/// <summary>Stored reports on demand: frozen, regenerated as a new edition, scoped to the unit, downloadable.</summary>
public class StoredSelfCheckReportTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static readonly DateTimeOffset December = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private async Task<HttpClient> CountyAsync()
    {
        if (factory.Time.GetUtcNow() < December)
        {
            // November's data first (the month to report), then into December.
            await factory.SeedDocumentAsync("jincun", ColumnPaths.StatutoryOther, DocumentStatus.Published, d => d.WithTitle("金村镇十一月的信息"));
            var reviewer = await factory.ReviewerAsync("stored-reviewer");
            Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, "/admin/oversight", "/admin/oversight/run", [])).StatusCode);
            factory.Time.SetUtcNow(December);
        }

        return await factory.ReviewerAsync("stored-reviewer");
    }

    private static Task<HttpResponseMessage> GenerateAsync(HttpClient client, Dictionary<string, string> fields) =>
        HtmlForms.SubmitAsync(client, "/admin/oversight/reports", "/admin/oversight/reports/generate", fields);

    private Task<StoredSelfCheckReport> CurrentAsync(int? organisationId) => factory.QueryAsync(db => db.StoredSelfCheckReports.AsNoTracking()
        .SingleAsync(r => r.Year == 2026 && r.Month == 11 && r.OrganisationId == organisationId && r.SupersededAt == null));

    private async Task<StoredSelfCheckReport> EnsureGeneratedAsync(HttpClient county, string slug)
    {
        var unit = await factory.OrganisationIdAsync(slug);
        if (!await factory.QueryAsync(db => db.StoredSelfCheckReports.AnyAsync(r => r.OrganisationId == unit && r.Year == 2026 && r.Month == 11)))
        {
            var response = await GenerateAsync(county, new() { ["Year"] = "2026", ["Month"] = "11", ["Target"] = unit.ToString(CultureInfo.InvariantCulture) });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return await CurrentAsync(unit);
    }

    /// <summary>The page's visible text (the antiforgery token and nonces differ from request to request).</summary>
    private static async Task<string> ReportTextAsync(HttpClient client, int id)
    {
        var page = await HtmlForms.ParseAsync(await client.GetAsync($"/admin/oversight/reports/{id}"));
        return string.Concat(page.QuerySelectorAll("h1, #archive, #conclusion, .data-table").Select(e => e.TextContent));
    }

    [Fact]
    public async Task StoredReport_AfterAPublicationClosesItsFinding_StillShowsWhatWasGenerated()
    {
        var county = await CountyAsync();
        var jincun = await factory.OrganisationIdAsync("jincun");
        var column = await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments);
        var blank = await factory.QueryAsync(db => db.Findings.SingleAsync(f => f.CheckCode == "column.blank" && f.OrganisationId == jincun && f.Subject == $"column:{column}"));
        var stored = await EnsureGeneratedAsync(county, "jincun");
        var before = await ReportTextAsync(county, stored.Id);

        await factory.SeedDocumentAsync("jincun", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("金村镇十二月的政策文件"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(county, "/admin/oversight", $"/admin/oversight/run?organisationId={jincun}", [])).StatusCode);
        Assert.NotNull((await factory.QueryAsync(db => db.Findings.SingleAsync(f => f.Id == blank.Id))).ClosedAt);

        var live = await HtmlForms.ParseAsync(await county.GetAsync($"/admin/oversight/report?organisationId={jincun}&year=2026&month=11"));
        Assert.Contains("自动关闭", live.QuerySelector($"#report-finding-{blank.Id}")!.TextContent);
        var page = await HtmlForms.ParseAsync(await county.GetAsync($"/admin/oversight/reports/{stored.Id}"));
        Assert.Contains("未关闭", page.QuerySelector($"#report-finding-{blank.Id}")!.TextContent);
        Assert.Contains("第 1 版，手动生成（stored-reviewer", page.QuerySelector("#archive")!.TextContent);
        Assert.Equal(before, await ReportTextAsync(county, stored.Id));
    }

    [Fact]
    public async Task Regenerate_WithAReason_KeepsTheEarlierEditionAsSuperseded()
    {
        var county = await CountyAsync();
        var first = await EnsureGeneratedAsync(county, "gaodu");
        var gaodu = first.OrganisationId!.Value.ToString(CultureInfo.InvariantCulture);

        var again = await GenerateAsync(county, new() { ["Year"] = "2026", ["Month"] = "11", ["Target"] = gaodu });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Id, (await CurrentAsync(first.OrganisationId)).Id); // nothing new without 重新生成

        var noReason = await GenerateAsync(county, new() { ["Year"] = "2026", ["Month"] = "11", ["Target"] = gaodu, ["Regenerate"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("重新生成须填写原因", await noReason.Content.ReadAsStringAsync());

        var regenerated = await GenerateAsync(county, new() { ["Year"] = "2026", ["Month"] = "11", ["Target"] = gaodu, ["Regenerate"] = "true", ["Reason"] = "补录了十一月的依申请公开办理结果。" });
        Assert.Equal(HttpStatusCode.Redirect, regenerated.StatusCode);

        var editions = await factory.QueryAsync(db => db.StoredSelfCheckReports.AsNoTracking()
            .Where(r => r.OrganisationId == first.OrganisationId && r.Year == 2026 && r.Month == 11).OrderBy(r => r.Edition).ToListAsync());
        Assert.Equal(2, editions.Count);
        Assert.Equal((1, false, first.Snapshot), (editions[0].Edition, editions[0].IsCurrent, editions[0].Snapshot));
        Assert.Equal((2, true, "补录了十一月的依申请公开办理结果。"), (editions[1].Edition, editions[1].IsCurrent, editions[1].Reason));
        var old = await HtmlForms.ParseAsync(await county.GetAsync($"/admin/oversight/reports/{editions[0].Id}"));
        Assert.NotNull(old.QuerySelector("#superseded"));
        var list = await HtmlForms.ParseAsync(await county.GetAsync("/admin/oversight/reports?year=2026&month=11&superseded=true"));
        Assert.NotNull(list.QuerySelector($"#stored-report-{editions[0].Id}"));
        Assert.Contains("重新生成", list.QuerySelector($"#stored-report-{editions[1].Id}")!.TextContent);
        var current = await HtmlForms.ParseAsync(await county.GetAsync("/admin/oversight/reports?year=2026&month=11"));
        Assert.Null(current.QuerySelector($"#stored-report-{editions[0].Id}"));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "oversight.self-check-report.regenerate" && a.Summary.Contains("补录"))));
    }

    [Fact]
    public async Task Clerk_AnotherUnitsOrTheCountysReport_NotFound_OwnUnitsListedAndDownloadable()
    {
        var county = await CountyAsync();
        var own = await EnsureGeneratedAsync(county, "gaodu");
        var other = await EnsureGeneratedAsync(county, "jincun");
        Assert.Equal(HttpStatusCode.Redirect, (await GenerateAsync(county, new() { ["Year"] = "2026", ["Month"] = "11", ["Target"] = "county" })).StatusCode);
        var countyReport = await CurrentAsync(null);
        var clerk = await factory.ClerkAsync("stored-clerk-gaodu", "gaodu");

        foreach (var id in new[] { other.Id, countyReport.Id })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/admin/oversight/reports/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/admin/oversight/reports/{id}.xlsx")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/admin/oversight/reports/{id}.docx")).StatusCode);
        }

        var list = await HtmlForms.ParseAsync(await clerk.GetAsync("/admin/oversight/reports"));
        Assert.NotNull(list.QuerySelector($"#stored-report-{own.Id}"));
        Assert.Null(list.QuerySelector($"#stored-report-{other.Id}"));
        Assert.Null(list.QuerySelector("#generate-form"));
        var count = await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync());
        var refused = await GenerateAsync(clerk, new() { ["Year"] = "2026", ["Month"] = "11" });
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Found, $"{refused.StatusCode}");
        Assert.DoesNotContain("/admin/oversight/reports", refused.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(count, await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync()));

        var workbook = await clerk.GetAsync($"/admin/oversight/reports/{own.Id}.xlsx");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using (var stream = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()))
        {
            var sheets = new MiniExcelSpreadsheet().Read(stream);
            Assert.Equal(["自查结果", "统计"], sheets.Select(s => s.Name));
            Assert.Contains(sheets[0].Rows, r => r.Contains("高都镇2026年11月政府信息公开自查报告"));
            Assert.Contains(sheets[0].Rows, r => r.Count > 1 && r[0] == "存档" && r[1]?.StartsWith($"第 {own.Edition} 版", StringComparison.Ordinal) == true);
        }

        var document = await clerk.GetAsync($"/admin/oversight/reports/{own.Id}.docx");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using (var stream = new MemoryStream(await document.Content.ReadAsByteArrayAsync()))
        using (var docx = WordprocessingDocument.Open(stream, false))
        {
            var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("高都镇2026年11月政府信息公开自查报告", text);
            Assert.Contains($"存档：第 {own.Edition} 版", text);
        }
    }

    [Theory]
    [InlineData("2026", "12", "尚未结束")]
    [InlineData("2027", "1", "尚未结束")]
    [InlineData("2026", "10", "早于门户最早的数据（2026年11月）")]
    [InlineData("2026", "13", "月份应在 1 至 12 之间")]
    public async Task Generate_BadMonth_400WithTheReason(string year, string month, string message)
    {
        var county = await CountyAsync();
        var before = await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync());

        var response = await GenerateAsync(county, new() { ["Year"] = year, ["Month"] = month });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.QueryAsync(db => db.StoredSelfCheckReports.CountAsync()));
    }

    [Fact]
    public async Task Generate_UnknownUnitOrReport_NotFound()
    {
        var county = await CountyAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await GenerateAsync(county, new() { ["Year"] = "2026", ["Month"] = "11", ["Target"] = "999999" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync("/admin/oversight/reports/999999")).StatusCode);
    }
}
