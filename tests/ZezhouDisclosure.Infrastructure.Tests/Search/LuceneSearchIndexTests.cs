using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Infrastructure.Search;

namespace ZezhouDisclosure.Infrastructure.Tests.Search;

/// <summary>The embedded index: Chinese segmentation, synonyms, 文号, facets, sort, paging and odd input.</summary>
public sealed class LuceneSearchIndexTests : IDisposable
{
    private static readonly DateTime Day = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private readonly string _path = Path.Combine(Path.GetTempPath(), "zd-tests", "search-" + Guid.NewGuid().ToString("N"));
    private readonly LuceneSearchIndex _index;

    public LuceneSearchIndexTests()
    {
        _index = new LuceneSearchIndex(_path, SynonymList.Embedded);
    }

    public void Dispose()
    {
        _index.Dispose();
        try
        {
            Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static SearchItem Item(int id, string title, string body, string organisation = "泽州县人民政府办公室", DateTime? date = null) =>
        new($"doc:{id}", SearchKind.Document, title, $"/xxgk/doc/{id}", date ?? Day)
        {
            Body = body,
            Organisation = organisation,
            Column = "政策文件",
            Year = (date ?? Day).Year,
            Type = "通知",
            Validity = "有效",
        };

    private async Task SeedPoliciesAsync() => await _index.UpsertAsync(
        [
            Item(1, "泽州县城乡最低生活保障实施办法", "为规范城乡最低生活保障工作，保障困难群众基本生活，制定本办法。"),
            Item(2, "关于做好农村危房改造工作的通知", "各乡镇：现就农村危房改造补助资金申请有关事项通知如下。"),
            Item(3, "关于2026年义务教育招生入学工作的通知", "适龄儿童少年入学实行划片招生、免试就近入学。"),
            Item(4, "泽州县2026年财政预算执行情况报告", "全县一般公共预算收入完成年度预算的百分之九十八。"),
        ],
        CancellationToken.None);

    private async Task<SearchResults> SearchAsync(string? text, SearchSort sort = SearchSort.Relevance, int page = 1, Dictionary<SearchFacet, string>? filters = null) =>
        await _index.SearchAsync(new SearchRequest(text, filters ?? [], sort, page, 10), CancellationToken.None);

    private async Task<IReadOnlyList<string>> KeysAsync(string text) => (await SearchAsync(text)).Hits.Select(h => h.Key).ToList();

    [Fact]
    public async Task Search_AbbreviationDibao_FindsMinimumLivingAllowanceViaSynonym()
    {
        await SeedPoliciesAsync();

        Assert.Equal(["doc:1"], await KeysAsync("低保"));
    }

    [Theory]
    [InlineData("危房", "doc:2")]
    [InlineData("教育", "doc:3")]
    [InlineData("预算", "doc:4")]
    [InlineData("入学", "doc:3")]
    [InlineData("保障", "doc:1")]
    [InlineData("危房改造补助", "doc:2")]
    [InlineData("义务教育入学", "doc:3")]
    public async Task Search_TwoCharacterAndLongerWords_FindTheirDocument(string text, string key)
    {
        await SeedPoliciesAsync();

        Assert.Equal([key], await KeysAsync(text));
    }

    [Theory]
    [InlineData("火箭")]
    [InlineData("低收")]
    [InlineData("预决")]
    public async Task Search_TwoCharacterWordNotInText_FindsNothing(string text)
    {
        await SeedPoliciesAsync();

        var results = await SearchAsync(text);

        Assert.True(results.HasSearchableWords);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public async Task Search_SeveralWords_RequiresAllOfThem()
    {
        await SeedPoliciesAsync();

        Assert.Equal(["doc:2"], await KeysAsync("农村 危房"));
        Assert.Empty(await KeysAsync("农村 预算"));
    }

    [Theory]
    [InlineData("泽政办发〔2020〕22号")]
    [InlineData("泽政办发[2020]22号")]
    [InlineData("泽政办发【2020】22号")]
    [InlineData("泽政办发（２０２０）２２号")]
    [InlineData(" 泽政办发 [２０２０] ２２号 ")]
    public async Task Search_DocumentNumberVariants_FindExactlyThatDocument(string text)
    {
        await _index.UpsertAsync(
            [
                Item(10, "关于印发泽州县基层政务公开标准化规范化工作实施方案的通知", "各乡镇人民政府。") with { DocumentNumber = "泽政办发〔2020〕22号" },
                Item(11, "关于另一项工作的通知", "正文。") with { DocumentNumber = "泽政办发〔2020〕23号" },
                Item(12, "2020年工作要点", "泽政办发 22 号 2020 以外的正文。"),
            ],
            CancellationToken.None);

        var results = await SearchAsync(text);

        Assert.Equal(["doc:10"], results.Hits.Select(h => h.Key));
        Assert.Equal("泽政办发〔2020〕22号", results.Hits[0].DocumentNumber);
    }

    [Fact]
    public async Task Search_IndexNumber_FindsThatDocument()
    {
        await _index.UpsertAsync(
            [Item(20, "索引号测试", "正文。") with { IndexNumber = "140525107/2026-00012" }, Item(21, "另一份", "正文。") with { IndexNumber = "140525107/2026-00013" }],
            CancellationToken.None);

        Assert.Equal(["doc:20"], await KeysAsync("140525107/2026-00012"));
    }

    [Fact]
    public async Task Search_CountsFacetsOverAllMatches_AndFiltersByThem()
    {
        await _index.UpsertAsync(
            [
                Item(1, "高都镇教育工作通知", "教育。", "高都镇", new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)),
                Item(2, "高都镇教育经费", "教育。", "高都镇") with { PilotAreas = ["义务教育"] },
                Item(3, "巴公镇教育安排", "教育。", "巴公镇") with { Validity = "废止" },
                Item(4, "巴公镇卫生工作", "卫生。", "巴公镇"),
            ],
            CancellationToken.None);

        var all = await SearchAsync("教育");
        var filtered = await SearchAsync("教育", filters: new() { [SearchFacet.Organisation] = "高都镇", [SearchFacet.Year] = "2026" });

        Assert.Equal(3, all.Total);
        Assert.Equal([new FacetCount("高都镇", 2), new FacetCount("巴公镇", 1)], all.Facets[SearchFacet.Organisation]);
        Assert.Equal([new FacetCount("2026", 2), new FacetCount("2025", 1)], all.Facets[SearchFacet.Year]);
        Assert.Equal([new FacetCount("有效", 2), new FacetCount("废止", 1)], all.Facets[SearchFacet.Validity]);
        Assert.Equal([new FacetCount("义务教育", 1)], all.Facets[SearchFacet.PilotArea]);
        Assert.Equal([new FacetCount("文件", 3)], all.Facets[SearchFacet.Kind]);
        Assert.Equal(["doc:2"], filtered.Hits.Select(h => h.Key));
        Assert.Equal([new FacetCount("高都镇", 1)], filtered.Facets[SearchFacet.Organisation]);
    }

    [Fact]
    public async Task Search_SortByDate_PutsNewestFirst_AndPages()
    {
        var items = Enumerable.Range(1, 25)
            .Select(i => Item(i, $"预算公开第{i}号", "预算。", date: Day.AddDays(i % 2 == 0 ? i : -i)))
            .ToList();
        await _index.UpsertAsync(items, CancellationToken.None);

        var first = await SearchAsync("预算", SearchSort.Date);
        var third = await SearchAsync("预算", SearchSort.Date, page: 3);
        var beyond = await SearchAsync("预算", SearchSort.Date, page: 99);

        var expected = items.OrderByDescending(i => i.Date).Select(i => i.Key).ToList();
        Assert.Equal(25, first.Total);
        Assert.Equal(expected.Take(10), first.Hits.Select(h => h.Key));
        Assert.Equal(expected.Skip(20), third.Hits.Select(h => h.Key));
        Assert.Equal(3, beyond.Page);
    }

    [Fact]
    public async Task Search_Hit_HighlightsMatchAndEncodesEverythingElse()
    {
        await _index.UpsertAsync([Item(1, "<script>alert(1)</script>最低生活保障标准", "困难群众的最低生活保障标准 & 发放办法。")], CancellationToken.None);

        var hit = Assert.Single((await SearchAsync("低保")).Hits);

        Assert.Contains("<mark>最低生活保障</mark>", hit.TitleHtml);
        Assert.Contains("&lt;script&gt;", hit.TitleHtml);
        Assert.DoesNotContain("<script>", hit.TitleHtml);
        Assert.Contains("<mark>最低生活保障</mark>", hit.SnippetHtml);
        Assert.Contains("&amp;", hit.SnippetHtml);
    }

    [Theory]
    [InlineData("title:(")]
    [InlineData("*")]
    [InlineData("？？？！！！")]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("[2020 TO 2021]")]
    public async Task Search_LuceneSyntaxOrPunctuation_NeverThrows(string text)
    {
        await SeedPoliciesAsync();

        var results = await SearchAsync(text);

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public async Task Search_OnlyPunctuation_ReportsNoSearchableWords()
    {
        await SeedPoliciesAsync();

        var results = await SearchAsync("*？！（）");

        Assert.False(results.HasSearchableWords);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task Search_VeryLongText_Answers()
    {
        await SeedPoliciesAsync();

        var results = await SearchAsync(string.Concat(Enumerable.Repeat("低保危房教育", 170)));

        Assert.True(results.HasSearchableWords);
    }

    [Fact]
    public async Task Search_SameRequestTwice_AnswersFromTheRecentAnswers()
    {
        await SeedPoliciesAsync();

        var first = await SearchAsync("危房");
        var second = await SearchAsync("危房");
        var otherPage = await SearchAsync("危房", page: 2);
        var otherFilter = await SearchAsync("危房", filters: new() { [SearchFacet.Organisation] = "高都镇" });

        Assert.Same(first, second);
        Assert.NotSame(first, otherPage);
        Assert.Equal(["doc:2"], first.Hits.Select(h => h.Key));
        Assert.Empty(otherFilter.Hits);
    }

    [Fact]
    public async Task Search_AfterAWrite_NeverAnswersFromBeforeIt()
    {
        await SeedPoliciesAsync();
        var before = await SearchAsync("危房");

        await _index.UpsertAsync([Item(5, "危房改造补助标准的通知", "危房。", "高都镇")], CancellationToken.None);
        var afterUpsert = await SearchAsync("危房");
        await _index.RemoveAsync(["doc:2"], CancellationToken.None);
        var afterRemove = await SearchAsync("危房");

        Assert.Equal(1, before.Total);
        Assert.Equal(2, afterUpsert.Total);
        Assert.Contains(new FacetCount("高都镇", 1), afterUpsert.Facets[SearchFacet.Organisation]);
        Assert.Equal(["doc:5"], afterRemove.Hits.Select(h => h.Key));
    }

    [Fact]
    public async Task Remove_Document_VanishesFromResults()
    {
        await SeedPoliciesAsync();

        await _index.RemoveAsync(["doc:2"], CancellationToken.None);

        Assert.Empty(await KeysAsync("危房"));
        Assert.Equal(3, await _index.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReplaceGroup_ReplacesOnlyThatGroup()
    {
        await _index.UpsertAsync([Item(1, "教育文件", "教育。")], CancellationToken.None);
        await _index.ReplaceGroupAsync("catalogue:5", [Item(2, "教育目录事项甲", "教育。") with { Key = "catalogue:5:1" }], CancellationToken.None);

        await _index.ReplaceGroupAsync("catalogue:5", [Item(3, "教育目录事项乙", "教育。") with { Key = "catalogue:5:2" }], CancellationToken.None);

        Assert.Equal(["catalogue:5:2", "doc:1"], (await KeysAsync("教育")).Order());
    }

    [Fact]
    public async Task Rebuild_RemovesWhatItDidNotAdd_KeepsLiveChanges()
    {
        await _index.UpsertAsync([Item(1, "旧的预算文件", "预算。"), Item(2, "留下的预算文件", "预算。")], CancellationToken.None);

        await using (var rebuild = await _index.BeginRebuildAsync(CancellationToken.None))
        {
            await rebuild.AddAsync([Item(2, "留下的预算文件", "预算。")], CancellationToken.None);
            await _index.UpsertAsync([Item(3, "重建期间发布的预算文件", "预算。")], CancellationToken.None);
            await _index.RemoveAsync(["doc:4"], CancellationToken.None);
            await rebuild.AddAsync([Item(4, "重建期间撤回的预算文件", "预算。")], CancellationToken.None);
            await rebuild.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal(["doc:2", "doc:3"], (await KeysAsync("预算")).Order());
    }

    [Fact]
    public async Task Index_ReopenedFromDisk_KeepsItsItems()
    {
        await SeedPoliciesAsync();
        _index.Dispose();

        using var reopened = new LuceneSearchIndex(_path, SynonymList.Embedded);
        var results = await reopened.SearchAsync(new SearchRequest("危房", new Dictionary<SearchFacet, string>(), SearchSort.Relevance, 1, 10), CancellationToken.None);

        Assert.Equal(["doc:2"], results.Hits.Select(h => h.Key));
    }
}
