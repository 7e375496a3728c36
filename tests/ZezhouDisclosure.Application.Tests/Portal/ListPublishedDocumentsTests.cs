using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Portal;

public class ListPublishedDocumentsTests
{
    [Fact]
    public async Task Handle_SectionColumn_IncludesSubColumnsNewestFirstAndOnlyPublished()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var gaodu = await db.Organisations.SingleAsync(o => o.Slug == "gaodu");
            var budget = await db.Columns.SingleAsync(c => c.Path == ColumnPaths.StatutoryBudgets);
            var land = await db.Columns.SingleAsync(c => c.Path == ColumnPaths.TownshipLandExpropriation);
            var policy = await db.Columns.SingleAsync(c => c.Path == ColumnPaths.PolicyDocuments);
            var sequence = 0;
            void Add(int column, string title, bool publish)
            {
                var document = new Document(gaodu.Id, new DocumentContentBuilder().InColumn(column).WithTitle(title).Build());
                if (publish)
                {
                    database.Time.Advance(TimeSpan.FromHours(1));
                    document.Submit(database.Time.GetUtcNow().UtcDateTime, "c");
                    document.Approve($"140525107/2026-{++sequence:D5}", database.Time.GetUtcNow().UtcDateTime, "r");
                }

                db.Documents.Add(document);
            }

            Add(budget.Id, "预算", true);
            Add(land.Id, "征地", true);
            Add(policy.Id, "政策", true);
            Add(land.Id, "征地草稿", false);
            await db.SaveChangesAsync();
        }

        database.User.AsAnonymous();
        await using var reader = database.CreateContext();
        var page = await new ListPublishedDocumentsHandler(reader, database.CreateReadCache()).Handle(new ListPublishedDocumentsQuery(ColumnPaths.Statutory, null, 1), CancellationToken.None);

        Assert.Equal(["征地", "预算"], page.Items.Select(i => i.Title));
        Assert.Equal(2, page.TotalCount);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(int.MaxValue, 100_000)]
    public void NormalisePage_OutOfRange_IsClamped(int requested, int expected)
    {
        Assert.Equal(expected, ZezhouDisclosure.Application.Common.Models.PagedList<PublicDocumentRow>.NormalisePage(requested));
    }
}
