using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Data;
using static ZezhouDisclosure.Application.Tests.Dashboard.WorkbenchData;

namespace ZezhouDisclosure.Application.Tests.Documents;

public class GetInterpretationRatiosTests
{
    [Fact]
    public async Task Get_QuestionsAndAnswers_CountsAsTextNotNonText()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await InterpretationAsync(database, "gaodu", InterpretationForm.QuestionsAndAnswers);
        await InterpretationAsync(database, "gaodu", InterpretationForm.Graphic);
        await InterpretationAsync(database, "gaodu", InterpretationForm.Text);
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        var ratios = await new GetInterpretationRatiosHandler(db, database.User).Handle(new GetInterpretationRatiosQuery(2026), CancellationToken.None);

        var row = Assert.Single(ratios.Rows);
        Assert.Equal(3, row.Total);
        Assert.Equal(1, row.NonText);
        Assert.Equal(33.3m, row.NonTextShare);
    }
}
