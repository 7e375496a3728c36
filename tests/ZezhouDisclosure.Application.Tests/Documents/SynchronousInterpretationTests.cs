using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Documents;

/// <summary>同步解读 through the handlers: by document type, and the policy and its 解读 approved and published together.</summary>
public class SynchronousInterpretationTests
{
    private static async Task<(int Policy, int Interpretation)> LinkedAsync(SqliteTestDatabase database, Action<Document> interpretationState)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var xzfb = await db.Organisations.Where(o => o.Slug == "xzfb").Select(o => o.Id).SingleAsync();
        var policyColumn = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
        var interpretationColumn = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyInterpretations).Select(c => c.Id).SingleAsync();
        var policy = new Document(xzfb, new DocumentContentBuilder().InColumn(policyColumn).WithTitle("某政策").Build());
        var interpretation = new Document(xzfb, new DocumentContentBuilder().InColumn(interpretationColumn).WithTitle("图解：某政策").Build());
        interpretation.DescribeInterpretation(InterpretationForm.Graphic, InterpretationChannels.None, null);
        db.Documents.AddRange(policy, interpretation);
        await db.SaveChangesAsync();
        db.InterpretationLinks.Add(new InterpretationLink(policy.Id, interpretation.Id));
        policy.Submit(database.Time.GetUtcNow().UtcDateTime, "clerk");
        interpretationState(interpretation);
        await db.SaveChangesAsync();
        return (policy.Id, interpretation.Id);
    }

    private static async Task<Document> ReadAsync(SqliteTestDatabase database, int id)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        return await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    private static async Task<string> ApproveAsync(SqliteTestDatabase database, int id)
    {
        var version = (await ReadAsync(database, id)).Version;
        database.User.AsReviewer();
        await using var db = database.CreateContext();
        return await new ApproveDocumentHandler(db, database.User, database.Time).Handle(new ApproveDocumentCommand(id, version), CancellationToken.None);
    }

    [Fact]
    public async Task Approve_PolicyWhoseInterpretationIsADraft_IsRefusedAndTakesNoIndexNumber()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (policy, interpretation) = await LinkedAsync(database, _ => { });

        var refused = await Assert.ThrowsAsync<ConflictException>(() => ApproveAsync(database, policy));

        Assert.Contains("《图解：某政策》还是草稿", refused.Message);
        Assert.Equal(DocumentStatus.Submitted, (await ReadAsync(database, policy)).Status);
        Assert.Null((await ReadAsync(database, policy)).IndexNumber);
        Assert.Equal(DocumentStatus.Draft, (await ReadAsync(database, interpretation)).Status);
    }

    [Fact]
    public async Task Approve_PolicyWithSubmittedInterpretation_BothGoLiveAtTheSameMoment()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (policy, interpretation) = await LinkedAsync(database, d => d.Submit(database.Time.GetUtcNow().UtcDateTime, "clerk"));
        database.Time.Advance(TimeSpan.FromDays(1));

        await ApproveAsync(database, policy);

        var p = await ReadAsync(database, policy);
        var i = await ReadAsync(database, interpretation);
        Assert.Equal(DocumentStatus.Published, i.Status);
        Assert.Equal(p.PublishedAt, i.PublishedAt);
    }

    [Fact]
    public async Task Approve_InterpretationBeforeItsPolicy_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (policy, interpretation) = await LinkedAsync(database, d => d.Submit(database.Time.GetUtcNow().UtcDateTime, "clerk"));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => ApproveAsync(database, interpretation));

        Assert.Contains("《某政策》", refused.Message);
        Assert.Equal(DocumentStatus.Submitted, (await ReadAsync(database, interpretation)).Status);
        Assert.Equal(DocumentStatus.Submitted, (await ReadAsync(database, policy)).Status);
    }

    [Fact]
    public async Task Submit_NormativeDocumentOutsideThePolicyColumnWithoutInterpretation_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        int id, xzfb;
        await using (var db = database.CreateContext())
        {
            xzfb = await db.Organisations.Where(o => o.Slug == "xzfb").Select(o => o.Id).SingleAsync();
            var statutory = await db.Columns.Where(c => c.Path == ColumnPaths.StatutoryRegulations).Select(c => c.Id).SingleAsync();
            var document = new Document(xzfb, new DocumentContentBuilder().InColumn(statutory).AsPolicy(normative: true).Build());
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            id = document.Id;
        }

        var version = (await ReadAsync(database, id)).Version;
        database.User.AsClerk(xzfb);
        await using var context = database.CreateContext();
        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(async () =>
            await new SubmitDocumentHandler(context, database.User, database.Time).Handle(new SubmitDocumentCommand(id, version), CancellationToken.None));

        Assert.Contains(refused.Errors, e => e.ErrorMessage == SynchronousInterpretation.MissingMessage);
        Assert.Equal(DocumentStatus.Draft, (await ReadAsync(database, id)).Status);
    }
}
