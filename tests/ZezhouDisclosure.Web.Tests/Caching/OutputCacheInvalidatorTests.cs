using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Columns;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Villages;
using ZezhouDisclosure.Infrastructure;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Tests.Caching;

/// <summary>The tags a committed change evicts come from the tag rules registered for its kind; no rule, evict all.</summary>
public class OutputCacheInvalidatorTests
{
    private static readonly PublicContentKind Report = new("test-annual-report");

    private static IOutputCacheTagRule[] WebRules() =>
        new ServiceCollection().AddImplementationsOf<IOutputCacheTagRule>(ServiceLifetime.Singleton, typeof(OutputCacheInvalidator).Assembly)
            .BuildServiceProvider().GetServices<IOutputCacheTagRule>().ToArray();

    private static async Task<IReadOnlyList<string>> EvictedAsync(IEnumerable<IOutputCacheTagRule> rules, params PublicContentChange[] changes)
    {
        var store = new RecordingStore();
        var invalidator = new OutputCacheInvalidator(store, new CacheGeneration(), rules, NullLogger<OutputCacheInvalidator>.Instance);
        await invalidator.OnCommittedAsync(changes, CancellationToken.None);
        return store.Evicted;
    }

    [Fact]
    public async Task Commit_KindWithARegisteredRule_EvictsExactlyItsTags()
    {
        var evicted = await EvictedAsync([.. WebRules(), new ReportTagRule()], new PublicContentChange(Report, 2026, 5));

        Assert.Equal(["report:2026", "reports"], evicted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Commit_KindWithoutARule_EvictsEverything()
    {
        var evicted = await EvictedAsync(WebRules(),
            new PublicContentChange(PublicContentKind.Document, 7, 3), new PublicContentChange(Report, 2026, 5));

        Assert.Equal([PublicPageCache.AllTag], evicted);
    }

    [Fact]
    public async Task Commit_Document_EvictsItsPageListsAndOrganisation()
    {
        var evicted = await EvictedAsync(WebRules(), new PublicContentChange(PublicContentKind.Document, 7, 3));

        Assert.Equal(["doc:7", "lists", "org:3"], evicted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Commit_AnnualReport_EvictsOnlyItsUnitsReportPagesAndTheCountyList()
    {
        var evicted = await EvictedAsync(WebRules(), new PublicContentChange(PublicContentKind.AnnualReport, 9, 5));

        Assert.Equal(["annual-reports", "annual-reports:5"], evicted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Commit_CatalogueAndTemplate_EvictTheCataloguePages()
    {
        var evicted = await EvictedAsync(WebRules(),
            new PublicContentChange(PublicContentKind.Catalogue, 12, 12), new PublicContentChange(PublicContentKind.CatalogueTemplate, 1, null));

        Assert.Equal(["catalogue:12", "catalogues"], evicted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Commit_OrganisationOrColumn_EvictsEverything()
    {
        Assert.Equal([PublicPageCache.AllTag], await EvictedAsync(WebRules(), new PublicContentChange(PublicContentKind.Organisation, 3, 3)));
        Assert.Equal([PublicPageCache.AllTag], await EvictedAsync(WebRules(),
            new PublicContentChange(PublicContentKind.Document, 7, 3), new PublicContentChange(PublicContentKind.Column, 2, null)));
    }

    [Fact]
    public async Task Commit_VillageContent_EvictsOnlyThatVillagesPages()
    {
        var evicted = await EvictedAsync(WebRules(), new PublicContentChange(PublicContentKind.Village, 7, 42));

        Assert.Equal(["village:42"], evicted);
    }

    [Fact]
    public async Task Commit_MessageAnswer_EvictsItsAnswerPageAndTheAnswerLists_NotEverything()
    {
        var evicted = await EvictedAsync(WebRules(), new PublicContentChange(PublicContentKind.MessageAnswer, 7, 3));

        Assert.Equal(["message-answer:7", "message-answers"], evicted.Order(StringComparer.Ordinal));
    }

    private sealed class ReportTagRule : IOutputCacheTagRule
    {
        public PublicContentKind Kind => Report;

        public IEnumerable<string> TagsFor(PublicContentChange change) => [$"report:{change.Id}", "reports"];
    }

    private sealed class RecordingStore : IOutputCacheStore
    {
        public List<string> Evicted { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Evicted.Add(tag);
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            ValueTask.CompletedTask;
    }
}
