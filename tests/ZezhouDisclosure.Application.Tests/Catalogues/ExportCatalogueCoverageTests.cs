using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Catalogues;

public class ExportCatalogueCoverageTests
{
    private static readonly MiniExcelSpreadsheet Spreadsheet = new();

    [Fact]
    public async Task Export_LateFilter_WritesExactlyTheRowsTheDashboardShows()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var items = await GetCatalogueCoverageTests.KnownDatasetAsync(database);
        database.User.AsReviewer();
        await using var db = database.CreateContext();
        var filter = new GetCatalogueCoverageQuery(null, null, CoverageStatus.Late);
        var shown = await new GetCatalogueCoverageHandler(db, database.User).Handle(filter, default);

        var (name, content) = await new ExportCatalogueCoverageHandler(db, database.User, Spreadsheet)
            .Handle(new ExportCatalogueCoverageQuery(filter), default);

        Assert.EndsWith(".xlsx", name, StringComparison.Ordinal);
        using var stream = new MemoryStream(content);
        var sheets = Spreadsheet.Read(stream);
        var summary = sheets.Single(s => s.Name == "汇总").Rows;
        var detail = sheets.Single(s => s.Name == "明细").Rows;
        Assert.Equal(ExportCatalogueCoverageHandler.SummaryHeader, summary[0]);
        Assert.Equal<string?>(["高都镇", "第1版", "1", "1", "0", "1", "1"], summary[1]);
        Assert.Equal(shown.Sum(t => t.Items.Count) + 1, detail.Count);
        Assert.Equal("高都镇", detail[1][0]);
        Assert.Equal(items[1].Level2, detail[1][4]);
        Assert.Equal("2026-10-21", detail[1][8]);
        Assert.Equal("2026-10-20", detail[1][9]);
        Assert.Equal("超期", detail[1][10]);
    }

    [Fact]
    public async Task Export_ClerkOfAnotherTownship_GetsNoRowsOfGaodu()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await GetCatalogueCoverageTests.KnownDatasetAsync(database);
        await using var db = database.CreateContext();
        var bagong = db.Organisations.Where(o => o.Slug == "bagong").Select(o => o.Id).Single();
        database.User.AsClerk(bagong);

        var (_, content) = await new ExportCatalogueCoverageHandler(db, database.User, Spreadsheet)
            .Handle(new ExportCatalogueCoverageQuery(new GetCatalogueCoverageQuery("gaodu")), default);

        using var stream = new MemoryStream(content);
        var sheets = Spreadsheet.Read(stream);
        Assert.Single(sheets.Single(s => s.Name == "汇总").Rows);
        Assert.Single(sheets.Single(s => s.Name == "明细").Rows);
    }
}
