using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Application.Tests.Catalogues;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Data;
using static ZezhouDisclosure.Application.Tests.Dashboard.WorkbenchData;

namespace ZezhouDisclosure.Application.Tests.Dashboard;

/// <summary>A township clerk's 工作台. Today is 2026-11-27 (TestClock).</summary>
public class GetClerkWorkbenchTests
{
    private static async Task<ClerkWorkbench> AsGaoduClerkAsync(SqliteTestDatabase database)
    {
        database.User.AsClerk(await OrganisationAsync(database, "gaodu"));
        await using var db = database.CreateContext();
        return await new GetClerkWorkbenchHandler(db, database.User, database.Time).Handle(new GetClerkWorkbenchQuery(), CancellationToken.None);
    }

    [Fact]
    public async Task Get_OpenCases_CarryTheirStatutoryDueDateAndDueSoonWithinFiveWorkingDays()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await RequestAsync(database, "gaodu", "2026-10-28", 1); // due 11-25: overdue by 2
        await RequestAsync(database, "gaodu", "2026-11-05", 2); // due 12-03: 4 working days left
        await RequestAsync(database, "gaodu", "2026-11-20", 3); // due 12-18: on track
        await RequestAsync(database, "jyj", "2026-10-28", 4);   // another unit's

        var work = await AsGaoduClerkAsync(database);

        Assert.Equal(3, work.Cases.Count);
        Assert.Equal(CaseDeadline.Overdue, work.Cases[0].Deadline);
        Assert.Equal(new DateOnly(2026, 11, 25), work.Cases[0].DueDate);
        var soon = Assert.Single(work.Cases, c => c.Deadline == CaseDeadline.DueSoon);
        Assert.Equal(new DateOnly(2026, 12, 3), soon.DueDate);
        Assert.Equal(4, soon.WorkingDaysLeft);
        Assert.Contains(work.Cases, c => c.Deadline == CaseDeadline.OnTrack && c.DueDate == new DateOnly(2026, 12, 18));
        Assert.Equal(1, work.Overdue);
        Assert.Equal(1, work.DueSoon);
        Assert.All(work.Cases, c => Assert.Equal("高都镇", c.OrganisationName));
    }

    [Fact]
    public async Task Get_Documents_CountsByStatusAndListsReturnedWithTheCommentOwnUnitOnly()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await DocumentAsync(database, "gaodu", b => b);
        var returned = await DocumentAsync(database, "gaodu", b => b.Returned("请补充成文日期。"));
        await DocumentAsync(database, "gaodu", b => b.Submitted());
        await DocumentAsync(database, "jyj", b => b.Returned());
        await DocumentAsync(database, "jyj", b => b.Published());

        var work = await AsGaoduClerkAsync(database);

        Assert.Equal(1, work.Documents[DocumentStatus.Draft]);
        Assert.Equal(1, work.Documents[DocumentStatus.Returned]);
        Assert.Equal(1, work.Documents[DocumentStatus.Submitted]);
        Assert.Equal(0, work.Documents[DocumentStatus.Published]);
        var row = Assert.Single(work.Returned);
        Assert.Equal(returned, row.Id);
        Assert.Equal("请补充成文日期。", row.Comment);
    }

    [Fact]
    public async Task Get_TownshipCatalogue_ShowsItsStateAndTheRowsDueFromTheCoverage()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var items = await GetCatalogueCoverageTests.KnownDatasetAsync(database);

        var work = await AsGaoduClerkAsync(database);

        var catalogue = Assert.IsType<WorkbenchCatalogue>(work.Catalogue);
        Assert.Equal(CatalogueStatus.Approved, catalogue.Status);
        Assert.Equal(1, catalogue.PublishedVersionNumber);
        Assert.Equal(1, catalogue.Late);
        Assert.Equal(CoverageStatus.Late, catalogue.RowsDue[0].Status);
        Assert.Equal(items[1].Number, catalogue.RowsDue[0].Number);
        Assert.DoesNotContain(catalogue.RowsDue, r => r.Number == items[0].Number);
        Assert.True(catalogue.NeverPublished > 0);
        Assert.All(catalogue.RowsDue, r => Assert.Contains(r.Status, new[] { CoverageStatus.Late, CoverageStatus.NeverPublished }));
    }

    [Fact]
    public async Task Get_DepartmentClerk_HasNoCatalogue()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsClerk(await OrganisationAsync(database, "jyj"));
        await using var db = database.CreateContext();

        var work = await new GetClerkWorkbenchHandler(db, database.User, database.Time).Handle(new GetClerkWorkbenchQuery(), CancellationToken.None);

        Assert.Null(work.Catalogue);
    }

    [Fact]
    public async Task Get_QuestionsAndAnswersInterpretation_CountsAsTextSoTheRatioWarns()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await InterpretationAsync(database, "gaodu", InterpretationForm.Graphic);
        await InterpretationAsync(database, "gaodu", InterpretationForm.QuestionsAndAnswers);
        await InterpretationAsync(database, "jyj", InterpretationForm.Text);

        var work = await AsGaoduClerkAsync(database);

        Assert.Equal(2026, work.Interpretations.Year);
        Assert.Equal(2, work.Interpretations.Total);
        Assert.Equal(1, work.Interpretations.NonText);
        Assert.True(work.Interpretations.NonTextBelowThreshold);
    }

    [Fact]
    public async Task Get_NonTextInterpretationsOnly_DoesNotWarn()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await InterpretationAsync(database, "gaodu", InterpretationForm.Video);

        var work = await AsGaoduClerkAsync(database);

        Assert.False(work.Interpretations.NonTextBelowThreshold);
    }

    [Fact]
    public async Task Get_AsReviewer_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new GetClerkWorkbenchHandler(db, database.User, database.Time).Handle(new GetClerkWorkbenchQuery(), CancellationToken.None));
    }
}
