using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Documents;

public class GetStaffDocumentTests
{
    private static async Task<(int Id, int Organisation)> SeedAsync(SqliteTestDatabase database, Func<DocumentBuilder, DocumentBuilder> state)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var column = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
        var document = state(new DocumentBuilder().ForOrganisation(organisationId).WithContent(c => c.InColumn(column))).Build();
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return (document.Id, organisationId);
    }

    private static async Task<StaffDocument> GetAsync(SqliteTestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        return await new GetStaffDocumentHandler(db, database.User, database.CreateReadCache()).Handle(new GetStaffDocumentQuery(id), CancellationToken.None);
    }

    [Fact]
    public async Task Handle_Draft_TheClerkOfTheOrganisationMayEditSubmitAndDelete()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, organisation) = await SeedAsync(database, b => b);

        database.User.AsClerk(organisation);
        var allowed = (await GetAsync(database, id)).Allowed;

        Assert.True(allowed.CanEdit);
        Assert.True(allowed.CanSubmit);
        Assert.True(allowed.CanDelete);
        Assert.False(allowed.CanReview);
    }

    [Fact]
    public async Task Handle_Submitted_TheReviewerMayReviewAndTheClerkNothingButValidity()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, organisation) = await SeedAsync(database, b => b.Submitted());

        database.User.AsReviewer();
        var reviewer = (await GetAsync(database, id)).Allowed;
        database.User.AsClerk(organisation);
        var clerk = (await GetAsync(database, id)).Allowed;

        Assert.True(reviewer.CanReview);
        Assert.True(reviewer.CanApprove);
        Assert.False(reviewer.CanWithdraw);
        Assert.False(clerk.CanEdit);
        Assert.False(clerk.CanDelete);
        Assert.True(clerk.CanSetValidity);
    }

    [Fact]
    public async Task Handle_Published_OnlyTheReviewerMayWithdraw()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (id, organisation) = await SeedAsync(database, b => b.Published());

        database.User.AsReviewer();
        var reviewer = (await GetAsync(database, id)).Allowed;
        database.User.AsClerk(organisation);
        var clerk = (await GetAsync(database, id)).Allowed;

        Assert.True(reviewer.CanWithdraw);
        Assert.False(clerk.CanWithdraw);
    }
}
