using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Search;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Search;

/// <summary>What the updater reads into the index: published documents only, and approved catalogue rows.</summary>
public sealed class SearchIndexUpdaterTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "zd-tests", "search-" + Guid.NewGuid().ToString("N"));
    private SqliteTestDatabase _database = null!;
    private LuceneSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _index = new LuceneSearchIndex(_path, SynonymList.Embedded);
    }

    public async Task DisposeAsync()
    {
        _index.Dispose();
        await _database.DisposeAsync();
    }

    private SearchIndexUpdater Updater(ZezhouDisclosure.Infrastructure.Persistence.AppDbContext db, params ISearchSource[] more)
    {
        var items = new SearchItems(db);
        return new SearchIndexUpdater([new DocumentSearchSource(items), new CatalogueSearchSource(items), .. more], _index);
    }

    private async Task UpdateAsync(params PublicContentChange[] changes)
    {
        await using var db = _database.CreateContext();
        await Updater(db).UpdateAsync(changes, CancellationToken.None);
    }

    private Task<SearchResults> SearchAsync(string text) =>
        _index.SearchAsync(new SearchRequest(text, new Dictionary<SearchFacet, string>(), SearchSort.Relevance, 1, 10), CancellationToken.None).AsTask();

    private async Task<int> OrganisationAsync(string slug)
    {
        await using var db = _database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    private async Task<int> DocumentAsync(string title, string body, bool publish)
    {
        _database.User.AsSystem();
        await using var db = _database.CreateContext();
        var organisation = await db.Organisations.SingleAsync(o => o.Slug == "gaodu");
        var column = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
        var document = new Document(organisation.Id, new DocumentContentBuilder().InColumn(column).WithTitle(title).WithBody(body).Build());
        db.Documents.Add(document);
        var now = _database.Time.GetUtcNow().UtcDateTime;
        document.Submit(now, "test");
        if (publish)
        {
            document.Approve(IndexNumber.Format(organisation.IndexCode, 2026, 1), now, "test");
        }

        await db.SaveChangesAsync();
        return document.Id;
    }

    [Fact]
    public async Task Update_PublishedDocument_IsIndexedWithPlainBodyText()
    {
        var id = await DocumentAsync("高都镇农村危房改造通知", "<p>危房改造<strong>补助</strong>标准&nbsp;见附件。</p>", publish: true);

        await UpdateAsync(new PublicContentChange(PublicContentKind.Document, id, null));
        var hit = Assert.Single((await SearchAsync("补助标准")).Hits);

        Assert.Equal($"/xxgk/doc/{id}", hit.Url);
        Assert.Equal("高都镇", hit.Organisation);
        Assert.DoesNotContain("strong", hit.SnippetHtml);
    }

    [Fact]
    public async Task Update_DocumentWithPdfAttachment_IsFoundByTheAttachmentText()
    {
        _database.User.AsSystem();
        int id;
        await using (var db = _database.CreateContext())
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == "gaodu");
            var column = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
            var document = new Document(organisation.Id, new DocumentContentBuilder().InColumn(column).WithTitle("高都镇补助发放通知").WithBody("<p>详见附件。</p>").Build());
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            var attachment = new DocumentAttachment(document, "名单.pdf", new string('a', 32), AttachmentKind.Pdf, 1024, new string('0', 64), 1);
            attachment.SetText(true, "耕地地力保护补贴发放名单");
            db.DocumentAttachments.Add(attachment);
            var now = _database.Time.GetUtcNow().UtcDateTime;
            document.Submit(now, "test");
            document.Approve(IndexNumber.Format(organisation.IndexCode, 2026, 1), now, "test");
            await db.SaveChangesAsync();
            id = document.Id;
        }

        await UpdateAsync(new PublicContentChange(PublicContentKind.Document, id, null));

        var hit = Assert.Single((await SearchAsync("地力保护")).Hits);
        Assert.Equal($"/xxgk/doc/{id}", hit.Url);
    }

    [Fact]
    public async Task Update_DocumentNoLongerPublished_IsRemoved()
    {
        var id = await DocumentAsync("高都镇撤回测试通知", "<p>正文</p>", publish: true);
        await UpdateAsync(new PublicContentChange(PublicContentKind.Document, id, null));
        await using (var db = _database.CreateContext())
        {
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            document.Withdraw("内容有误，予以撤回。", _database.Time.GetUtcNow().UtcDateTime, "test");
            await db.SaveChangesAsync();
        }

        await UpdateAsync(new PublicContentChange(PublicContentKind.Document, id, null));

        Assert.Equal(0, (await SearchAsync("撤回测试")).Total);
    }

    [Fact]
    public async Task Update_SubmittedDocument_IsNotIndexed()
    {
        var id = await DocumentAsync("高都镇待审测试通知", "<p>正文</p>", publish: false);

        await UpdateAsync(new PublicContentChange(PublicContentKind.Document, id, null));

        Assert.Equal(0, await _index.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Update_ApprovedTownshipCatalogue_IndexesEachRowLinkedToItsOwnPage()
    {
        var gaodu = await OrganisationAsync("gaodu");
        await ApproveSocialAssistanceCatalogueAsync(gaodu);

        await UpdateAsync(new PublicContentChange(PublicContentKind.Catalogue, gaodu, gaodu));
        var results = await SearchAsync("低保 审核");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal(SearchKind.CatalogueItem, h.Kind));
        // Each hit links to its own row (the township's working row id), not to a keyword filter of the table.
        _database.User.AsSystem();
        List<int> rowIds;
        await using (var db = _database.CreateContext())
        {
            rowIds = await db.TownshipCatalogues.Where(c => c.OrganisationId == gaodu).SelectMany(c => c.Items).Select(i => i.Id).ToListAsync();
        }

        Assert.All(results.Hits, h => Assert.Matches(@"^/jczwgk/xz/gaodu/bzml/sx/\d+$", h.Url));
        Assert.All(results.Hits, h => Assert.Contains(int.Parse(h.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), rowIds));
        Assert.Equal(results.Hits.Count, results.Hits.Select(h => h.Url).Distinct().Count());
        Assert.Equal([new FacetCount("社会救助", results.Total)], results.Facets[SearchFacet.PilotArea]);
        Assert.Equal([new FacetCount("目录事项", results.Total)], results.Facets[SearchFacet.Kind]);
    }

    [Fact]
    public async Task Rebuild_ReadsPublishedDocumentsAndCatalogues()
    {
        var gaodu = await OrganisationAsync("gaodu");
        await ApproveSocialAssistanceCatalogueAsync(gaodu);
        var published = await DocumentAsync("高都镇重建测试通知", "<p>正文</p>", publish: true);
        await DocumentAsync("高都镇重建待审通知", "<p>正文</p>", publish: false);

        int count;
        await using (var db = _database.CreateContext())
        {
            count = await Updater(db).RebuildAsync(batchSize: 1, CancellationToken.None);
        }

        Assert.Equal(count, await _index.CountAsync(CancellationToken.None));
        Assert.Equal([$"doc:{published}"], (await SearchAsync("重建")).Hits.Select(h => h.Key));
        Assert.True((await SearchAsync("最低生活保障")).Total > 0);
    }

    [Fact]
    public async Task Update_AsClerkOfAnotherTownship_KeepsThePilotAreaOfTheFiling()
    {
        var gaodu = await OrganisationAsync("gaodu");
        await ApproveSocialAssistanceCatalogueAsync(gaodu);
        var published = await DocumentAsync("高都镇低保审核公示", "<p>公示</p>", publish: true);
        _database.User.AsSystem();
        await using (var db = _database.CreateContext())
        {
            var row = await db.TownshipCatalogues.Where(c => c.OrganisationId == gaodu).SelectMany(c => c.Items)
                .Where(i => i.PilotAreaId != null).Select(i => i.Id).FirstAsync();
            db.CatalogueItemDocuments.Add(new ZezhouDisclosure.Domain.Catalogues.CatalogueItemDocument(gaodu, row, published, DateTime.UtcNow, "gaodu-clerk"));
            await db.SaveChangesAsync();
        }

        // A write by a clerk of another township re-indexes the document (e.g. a renamed column): the clerk's
        // organisation scope must not hide gaodu's filing from the indexer.
        _database.User.AsClerk(await OrganisationAsync("bagong"), "bagong-clerk");
        await UpdateAsync(new PublicContentChange(PublicContentKind.Document, published, gaodu));

        var results = await SearchAsync("公示");
        Assert.Contains(results.Facets[SearchFacet.PilotArea], f => f.Value == "社会救助");
    }

    [Fact]
    public async Task Update_KindOfARegisteredSource_IsHandedToThatSourceOnly()
    {
        var notices = new NoticeSearchSource();
        await using var db = _database.CreateContext();

        await Updater(db, notices).UpdateAsync(
            [new PublicContentChange(NoticeSearchSource.Kind, 5, null), new PublicContentChange(PublicContentKind.Document, 999_999, null)],
            CancellationToken.None);

        Assert.Equal([new PublicContentChange(NoticeSearchSource.Kind, 5, null)], notices.Updated);
        Assert.Equal(["notice:5"], (await SearchAsync("公告栏")).Hits.Select(h => h.Key));
    }

    [Fact]
    public async Task Rebuild_RegisteredSource_IsReadToo()
    {
        int count;
        await using (var db = _database.CreateContext())
        {
            count = await Updater(db, new NoticeSearchSource()).RebuildAsync(batchSize: 10, CancellationToken.None);
        }

        Assert.Equal(count, await _index.CountAsync(CancellationToken.None));
        Assert.Equal(["notice:1"], (await SearchAsync("公告栏")).Hits.Select(h => h.Key));
    }

    /// <summary>A kind of record a future feature might add, indexed without touching the updater.</summary>
    private sealed class NoticeSearchSource : ISearchSource
    {
        public static readonly PublicContentKind Kind = new("test-notice");

        public List<PublicContentChange> Updated { get; } = [];

        public IReadOnlyCollection<PublicContentKind> Kinds => [Kind];

        public async Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, ISearchIndex index, CancellationToken cancellationToken)
        {
            Updated.AddRange(changes);
            await index.UpsertAsync(changes.Select(c => Item(c.Id)).ToList(), cancellationToken);
        }

        public async IAsyncEnumerable<IReadOnlyList<SearchItem>> AllAsync(
            int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return [Item(1)];
        }

        private static SearchItem Item(int id) =>
            new($"notice:{id}", SearchKind.Document, "村务公告栏更新", $"/notices/{id}", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    private async Task ApproveSocialAssistanceCatalogueAsync(int gaodu)
    {
        int areaId;
        await using (var db = _database.CreateContext())
        {
            areaId = await db.PilotAreas.Where(a => a.Slug == "shjz").Select(a => a.Id).SingleAsync();
        }

        _database.User.AsClerk(gaodu, "gaodu-clerk");
        int id;
        await using (var db = _database.CreateContext())
        {
            id = await new StartTownshipCatalogueHandler(db, _database.User).Handle(new StartTownshipCatalogueCommand(), default);
        }

        await using (var db = _database.CreateContext())
        {
            await new AddCatalogueAreaHandler(db, _database.User).Handle(new AddCatalogueAreaCommand(areaId), default);
        }

        await using (var db = _database.CreateContext())
        {
            var version = await db.TownshipCatalogues.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
            await new SubmitCatalogueHandler(db, _database.User, _database.Time).Handle(new SubmitCatalogueCommand(version), default);
        }

        _database.User.AsReviewer();
        await using (var db = _database.CreateContext())
        {
            var version = await db.TownshipCatalogues.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
            await new ApproveCatalogueHandler(db, _database.User, _database.Time).Handle(new ApproveCatalogueCommand(id, version, null), default);
        }
    }
}
