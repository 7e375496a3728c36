using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.NewMedia;
using ZezhouDisclosure.Application.ServiceItems;
using ZezhouDisclosure.Infrastructure;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Tests.Features.ServiceItems;

/// <summary>
/// A change of a 政务服务事项 or a 政务新媒体 account evicts its own cached pages (found by scanning the Web assembly), not
/// every page and not the documents' pages.
/// </summary>
public class ServiceCacheTagRuleTests
{
    private static async Task<IReadOnlyList<string>> EvictedAsync(params PublicContentChange[] changes)
    {
        var rules = new ServiceCollection().AddImplementationsOf<IOutputCacheTagRule>(ServiceLifetime.Singleton, typeof(OutputCacheInvalidator).Assembly)
            .BuildServiceProvider().GetServices<IOutputCacheTagRule>();
        var store = new RecordingStore();
        await new OutputCacheInvalidator(store, new CacheGeneration(), rules, NullLogger<OutputCacheInvalidator>.Instance)
            .OnCommittedAsync(changes, CancellationToken.None);
        return store.Evicted;
    }

    [Fact]
    public async Task Commit_ServiceItem_EvictsItsPagesTheListsAndItsUnitsCatalogue()
    {
        var evicted = await EvictedAsync(new PublicContentChange(PublicContentKind.ServiceItem, 5, 7));

        Assert.Equal(["catalogue:7", "catalogues", "service-item:5", "service-items"], evicted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Commit_NewMediaAccount_EvictsTheMatrixOnly()
    {
        var evicted = await EvictedAsync(new PublicContentChange(PublicContentKind.NewMedia, 3, 7));

        Assert.Equal(["new-media"], evicted);
    }

    [Fact]
    public async Task Commit_BothKinds_NeverEvictEverythingNorTheDocumentPages()
    {
        var evicted = await EvictedAsync(new PublicContentChange(PublicContentKind.ServiceItem, 5, 7), new PublicContentChange(PublicContentKind.NewMedia, 3, 7));

        Assert.DoesNotContain(PublicPageCache.AllTag, evicted);
        Assert.DoesNotContain(PublicPageCache.ListsTag, evicted);
        Assert.DoesNotContain(PublicPageCache.OrganisationTag(7), evicted);
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
