using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.AnnualReports;

/// <summary>Table 二's computed 行政规范性文件 cells follow the unit's published documents' type, dates and 有效性.</summary>
public class AnnualReportTable2Tests
{
    private static async Task<int> OrganisationAsync(SqliteTestDatabase database, string slug)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    private static async Task SeedAsync(SqliteTestDatabase database, int organisationId, Func<DocumentBuilder, DocumentBuilder> state, Action<Document>? validity = null, bool normative = true)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var column = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
        var builder = state(new DocumentBuilder().ForOrganisation(organisationId).WithContent(c => c.InColumn(column).AsPolicy(normative)));
        var document = builder.Then(d =>
        {
            d.SetValidity(DocumentValidity.Valid, normative, null, null);
            validity?.Invoke(d);
        }).Build();
        db.Documents.Add(document);
        await db.SaveChangesAsync();
    }

    private static async Task<ActiveDisclosureTable> DraftAsync(SqliteTestDatabase database, int organisationId, int year)
    {
        database.User.AsClerk(organisationId);
        int id;
        await using (var db = database.CreateContext())
        {
            id = await new CreateAnnualReportHandler(db, database.User, database.Time).Handle(new CreateAnnualReportCommand(year), CancellationToken.None);
        }

        await using var read = database.CreateContext();
        return (await read.AnnualReports.SingleAsync(r => r.Id == id)).Table2;
    }

    [Fact]
    public async Task Draft_ComputedNormativeCells_FollowPublicationValidityAndDates()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        var bagong = await OrganisationAsync(database, "bagong");
        await SeedAsync(database, gaodu, b => b.Published()); // issued 2026, in force
        await SeedAsync(database, gaodu, b => b.Published(), d => d.SetValidity(DocumentValidity.Repealed, true, null, new DateOnly(2026, 11, 30))); // 废止 in 2026
        await SeedAsync(database, gaodu, b => b.Published(), d => d.SetValidity(DocumentValidity.Valid, true, null, new DateOnly(2026, 12, 1))); // 有效期 ends in 2026
        await SeedAsync(database, gaodu, b => b.Published(), d => d.SetValidity(DocumentValidity.Valid, true, null, new DateOnly(2027, 6, 1))); // in force at year end
        await SeedAsync(database, gaodu, b => b.Published(), normative: false); // not a 行政规范性文件
        await SeedAsync(database, gaodu, b => b.Submitted()); // not published
        await SeedAsync(database, gaodu, b => b.Withdrawn()); // withdrawn: not counted
        await SeedAsync(database, bagong, b => b.Published()); // another unit's

        var table = await DraftAsync(database, gaodu, 2026);

        Assert.Equal(4m, table[ActiveDisclosureTable.NormativeIssued]);
        Assert.Equal(2m, table[ActiveDisclosureTable.NormativeRepealed]);
        Assert.Equal(2m, table[ActiveDisclosureTable.NormativeInForce]);
        Assert.Null(table["permit"]);
    }

    [Fact]
    public async Task Draft_OfAnEarlierYear_CountsNothingIssuedLater()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        await SeedAsync(database, gaodu, b => b.Published());

        var table = await DraftAsync(database, gaodu, 2025);

        Assert.Equal(0m, table[ActiveDisclosureTable.NormativeIssued]);
        Assert.Equal(0m, table[ActiveDisclosureTable.NormativeInForce]);
    }

    [Fact]
    public async Task Create_SecondTimeForTheSameYear_OpensTheExistingReport()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await OrganisationAsync(database, "gaodu");
        database.User.AsClerk(gaodu);
        await using var db = database.CreateContext();
        var handler = new CreateAnnualReportHandler(db, database.User, database.Time);

        var first = await handler.Handle(new CreateAnnualReportCommand(2026), CancellationToken.None);
        var second = await handler.Handle(new CreateAnnualReportCommand(2026), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(1, await db.AnnualReports.CountAsync());
    }
}
