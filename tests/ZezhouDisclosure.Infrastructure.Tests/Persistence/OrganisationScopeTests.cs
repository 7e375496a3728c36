using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>
/// The organisation-scope rule (docs/architecture.md, "Organisation scope"): by convention every organisation-owned
/// entity carries the named filter unless it is on the documented opt-out list; a clerk's scope is a set of
/// organisations, on reads (the filter) and writes (the save guard).
/// </summary>
public class OrganisationScopeTests
{
    private static readonly Type[] FollowParent = [typeof(TownshipCatalogueArea), typeof(TownshipCatalogueItem), typeof(RequestConsultation)];

    [Fact]
    public async Task Model_EveryOrganisationOwnedEntity_HasTheScopeFilterUnlessOptedOutWithAReason()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var owned = db.Model.GetEntityTypes().Where(e => typeof(IOrganisationOwned).IsAssignableFrom(e.ClrType)).ToList();

        Assert.NotEmpty(owned);
        Assert.Contains(owned, e => e.ClrType == typeof(DisclosureRequest));
        foreach (var entityType in owned)
        {
            var filter = entityType.FindDeclaredQueryFilter(AppDbContext.OrganisationScopeFilter);
            if (OrganisationScopeOptOuts.Reasons.ContainsKey(entityType.ClrType))
            {
                Assert.True(filter is null, $"{entityType.ClrType.Name} is opted out but still has the organisation-scope filter.");
            }
            else
            {
                Assert.True(filter is not null, $"{entityType.ClrType.Name} is organisation-owned but has no organisation-scope filter and is not opted out.");
            }
        }

        foreach (var (type, reason) in OrganisationScopeOptOuts.Reasons)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), $"The opt-out of {type.Name} gives no reason.");
            Assert.True(typeof(IOrganisationOwned).IsAssignableFrom(type), $"{type.Name} is opted out but is not organisation-owned.");
            Assert.NotNull(db.Model.FindEntityType(type));
        }

        foreach (var child in FollowParent)
        {
            Assert.NotNull(db.Model.FindEntityType(child)!.FindDeclaredQueryFilter(AppDbContext.OrganisationScopeFilter));
        }
    }

    private static async Task<(int A, int B, int C)> SeedRequestsAsync(SqliteTestDatabase database)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var ids = await db.Organisations.Where(o => o.Slug == "gaodu" || o.Slug == "bagong" || o.Slug == "nancun")
            .ToDictionaryAsync(o => o.Slug, o => o.Id);
        var day = new DateOnly(2026, 11, 20);
        var sequence = 1;
        foreach (var slug in new[] { "gaodu", "bagong", "nancun" })
        {
            var request = new DisclosureRequest(
                RequestNumber.Format(day, sequence++), ids[slug],
                new ApplicantDetails(ApplicantType.NaturalPerson, "李四", IdDocumentType.Passport, "E12345678", "13912345678", null, null),
                new RequestedInformation("某项目环评批复", InformationForm.Electronic, ReceivingMethod.Email), RequestChannel.Post, day);
            request.Accept(day);
            request.StartConsultation(ConsultationKind.ThirdParty, "某公司", day);
            db.DisclosureRequests.Add(request);
        }

        await db.SaveChangesAsync();
        return (ids["gaodu"], ids["bagong"], ids["nancun"]);
    }

    /// <summary>The organisations of the visible requests, and whether the visible consultations are exactly theirs.</summary>
    private static async Task<(List<int> Requests, bool ConsultationsFollow, int Consultations)> VisibleAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        var requests = await db.DisclosureRequests.OrderBy(r => r.OrganisationId).Select(r => new { r.Id, r.OrganisationId }).ToListAsync();
        var consultations = await db.RequestConsultations.OrderBy(c => c.DisclosureRequestId).Select(c => c.DisclosureRequestId).ToListAsync();
        return ([.. requests.Select(r => r.OrganisationId)], requests.Select(r => r.Id).Order().SequenceEqual(consultations), consultations.Count);
    }

    [Fact]
    public async Task Query_ClerkOfOneOrganisation_ReadsOnlyItsOwnRequestsAndConsultations()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (a, b, _) = await SeedRequestsAsync(database);
        database.User.AsClerk(a);

        var (requests, consultationsFollow, _) = await VisibleAsync(database);

        Assert.Equal([a], requests);
        Assert.True(consultationsFollow);
        await using var db = database.CreateContext();
        Assert.Null(await db.DisclosureRequests.FirstOrDefaultAsync(r => r.OrganisationId == b));
    }

    [Fact]
    public async Task Query_ClerkActingForTwoOrganisations_ReadsBothAndNotTheThird()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (a, b, _) = await SeedRequestsAsync(database);
        database.User.AsClerkFor(a, b);

        var (requests, consultationsFollow, consultations) = await VisibleAsync(database);

        Assert.Equal(new[] { a, b }.Order(), requests);
        Assert.True(consultationsFollow);
        Assert.Equal(2, consultations);
    }

    [Fact]
    public async Task Query_AnonymousReadsNoneCountyWideReadsAll()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (a, b, c) = await SeedRequestsAsync(database);

        database.User.AsAnonymous();
        var anonymous = await VisibleAsync(database);
        database.User.AsReviewer();
        var reviewer = await VisibleAsync(database);
        database.User.AsSystem();
        var system = await VisibleAsync(database);

        Assert.Empty(anonymous.Requests);
        Assert.Equal(0, anonymous.Consultations);
        Assert.Equal(new[] { a, b, c }.Order(), reviewer.Requests);
        Assert.Equal((true, 3), (reviewer.ConsultationsFollow, reviewer.Consultations));
        Assert.Equal(reviewer.Requests, system.Requests);
        Assert.Equal(3, system.Consultations);
    }

    [Fact]
    public async Task Query_SameModelDifferentUsers_ScopeIsEvaluatedPerQuery()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (a, b, _) = await SeedRequestsAsync(database);

        // One cached model for all contexts: the scope must be a parameter of each query, not a constant of the model.
        database.User.AsClerk(a);
        await using var first = database.CreateContext();
        Assert.Equal([a], await first.DisclosureRequests.Select(r => r.OrganisationId).ToListAsync());
        database.User.AsClerk(b);
        Assert.Equal([b], await first.DisclosureRequests.Select(r => r.OrganisationId).ToListAsync());
    }

    [Fact]
    public async Task Query_IgnoringOnlyTheScopeFilter_ReadsEveryOrganisation()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await SeedRequestsAsync(database);
        database.User.AsAnonymous();
        await using var db = database.CreateContext();

        Assert.Equal(3, await db.DisclosureRequests.IgnoreQueryFilters([AppDbContext.OrganisationScopeFilter]).CountAsync());
    }

    [Fact]
    public async Task Save_ClerkActingForTwoOrganisations_WritesBothButNotTheThird()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (a, b, c) = await SeedRequestsAsync(database);
        database.User.AsClerkFor(a, b);

        await using (var db = database.CreateContext())
        {
            var own = await db.DisclosureRequests.Include(r => r.Consultations).SingleAsync(r => r.OrganisationId == b);
            own.EndConsultation(new DateOnly(2026, 11, 23), "无异议");
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var other = await db.DisclosureRequests.IgnoreQueryFilters().Include(r => r.Consultations).SingleAsync(r => r.OrganisationId == c);
            other.EndConsultation(new DateOnly(2026, 11, 23), "无异议");
            await Assert.ThrowsAsync<ForbiddenException>(() => db.SaveChangesAsync());
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=scope-translation.db")]
    [InlineData(DatabaseProvider.SqlServer, "Server=localhost;Database=zd;Trusted_Connection=True;TrustServerCertificate=True")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=zd;Username=zd;Password=zd")]
    public void Translate_ScopeAsASet_IsOneParameterisedMembershipTestOnEveryProvider(DatabaseProvider provider, string connectionString)
    {
        var user = new TestCurrentUser().AsClerkFor(3, 5);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Infrastructure.DependencyInjection.UseProvider(options, new DatabaseSettings(provider, connectionString, Path.GetTempPath(), false, 30));
        using var db = new AppDbContext(options.Options, user, SqliteTestDatabase.DataProtection);

        // No connection is opened: the SQL is only generated.
        var requests = db.DisclosureRequests.Select(r => r.Id).ToQueryString();
        var documents = db.Documents.Select(d => d.Id).ToQueryString();

        foreach (var sql in new[] { requests, documents })
        {
            Assert.Contains("OrganisationId", sql, StringComparison.Ordinal);
            Assert.DoesNotContain(" 3,", sql, StringComparison.Ordinal);
            Assert.Matches(provider == DatabaseProvider.PostgreSql ? @"= ANY \(@|IN \(@" : @"IN \(@", sql);
        }
    }
}
