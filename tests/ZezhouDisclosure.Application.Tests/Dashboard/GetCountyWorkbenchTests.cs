using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Data;
using static ZezhouDisclosure.Application.Tests.Dashboard.WorkbenchData;

namespace ZezhouDisclosure.Application.Tests.Dashboard;

/// <summary>The county office's 工作台. Today is 2026-11-27 (TestClock).</summary>
public class GetCountyWorkbenchTests
{
    private static async Task<CountyWorkbench> AsReviewerAsync(SqliteTestDatabase database)
    {
        database.User.AsReviewer();
        await using var db = database.CreateContext();
        return await new GetCountyWorkbenchHandler(db, database.User, database.Time).Handle(new GetCountyWorkbenchQuery(), CancellationToken.None);
    }

    [Fact]
    public async Task Get_AwaitingTheCountyOffice_SubmittedDocumentsAndCataloguesNotDraftsOrReturned()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var submitted = await DocumentAsync(database, "gaodu", b => b.Submitted());
        var urgent = await DocumentAsync(database, "jyj", b => b.PublishedUrgently());
        await DocumentAsync(database, "gaodu", b => b.Returned());
        await DocumentAsync(database, "gaodu", b => b);
        await SubmittedCatalogueAsync(database, "bagong");

        var work = await AsReviewerAsync(database);

        Assert.Equal(2, work.DocumentsAwaitingTotal);
        Assert.Equal([submitted, urgent], work.DocumentsAwaiting.Select(d => d.Id).Order());
        var catalogue = Assert.Single(work.CataloguesAwaiting);
        Assert.Equal("巴公镇", catalogue.OrganisationName);
        Assert.Equal(1, work.Documents[DocumentStatus.Returned]);
    }

    [Fact]
    public async Task Get_OverdueCases_CountyWide()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await RequestAsync(database, "gaodu", "2026-10-28", 1);
        await RequestAsync(database, "jyj", "2026-10-27", 2);
        await RequestAsync(database, "bagong", "2026-11-20", 3);

        var work = await AsReviewerAsync(database);

        Assert.Equal(["泽州县教育局", "高都镇"], work.OverdueCases.Select(c => c.OrganisationName).Order());
        Assert.All(work.OverdueCases, c => Assert.True(c.WorkingDaysLeft < 0));
        Assert.Empty(work.CasesAwaiting);
    }

    [Fact]
    public async Task Get_InterpretationShortfalls_ListUnitsBelowTheNonTextThresholdCountingQuestionsAndAnswersAsText()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await InterpretationAsync(database, "gaodu", InterpretationForm.QuestionsAndAnswers);
        await InterpretationAsync(database, "jyj", InterpretationForm.Graphic);

        var work = await AsReviewerAsync(database);

        var shortfall = Assert.Single(work.InterpretationShortfalls);
        Assert.Equal("高都镇", shortfall.OrganisationName);
        Assert.Equal(0, shortfall.Tally.NonText);
    }

    [Fact]
    public async Task Get_AsClerk_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsClerk(await OrganisationAsync(database, "gaodu"));
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new GetCountyWorkbenchHandler(db, database.User, database.Time).Handle(new GetCountyWorkbenchQuery(), CancellationToken.None));
    }
}
