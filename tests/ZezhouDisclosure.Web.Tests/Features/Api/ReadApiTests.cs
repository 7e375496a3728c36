using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Api;

/// <summary>The read API under /api/v1: published data only, paging with links, strong ETags, problem+json, OpenAPI, no CORS by default.</summary>
public class ReadApiTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task ListDocuments_ThreePagesOfTwo_PagesWithTotalAndNextLinks()
    {
        for (var i = 0; i < 5; i++)
        {
            await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        }

        var client = factory.CreateClient();
        var first = await JsonAsync(await client.GetAsync("/api/v1/documents?organisation=liushukou&pageSize=2"));
        var next = first.GetProperty("links").GetProperty("next").GetString()!;
        var second = await JsonAsync(await client.GetAsync(next));
        var last = await JsonAsync(await client.GetAsync(first.GetProperty("links").GetProperty("last").GetString()));

        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal("http://localhost/api/v1/documents?organisation=liushukou&pageSize=2&page=2", next);
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(1, last.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("links").GetProperty("next").ValueKind);
        Assert.Equal("liushukou", first.GetProperty("items")[0].GetProperty("organisation").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task ListDocuments_UnpublishedAndWithdrawn_AreAbsentAndTheirDetailIs404()
    {
        var published = await factory.SeedDocumentAsync("jinmiaopu", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        var submitted = await factory.SeedDocumentAsync("jinmiaopu", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);
        var withdrawn = await factory.SeedDocumentAsync("jinmiaopu", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        await factory.QueryAsync(async db =>
        {
            (await db.Documents.FindAsync(withdrawn))!.Withdraw("测试撤回。", factory.Time.GetUtcNow().UtcDateTime, "test");
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        var list = await JsonAsync(await client.GetAsync("/api/v1/documents?organisation=jinmiaopu&pageSize=100"));
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

        Assert.Equal([published], ids);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/documents/{published}")).StatusCode);
        foreach (var hidden in new[] { submitted, withdrawn })
        {
            var response = await client.GetAsync($"/api/v1/documents/{hidden}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task GetDocument_WithMatchingIfNoneMatch_Returns304()
    {
        var id = await factory.SeedDocumentAsync("zhoucun", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("周村镇接口测试"));
        var client = factory.CreateClient();
        var first = await client.GetAsync($"/api/v1/documents/{id}");
        var body = await JsonAsync(first);
        var etag = first.Headers.ETag!;

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{id}");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var second = await client.SendAsync(request);

        Assert.False(etag.IsWeak);
        Assert.Equal("周村镇接口测试", body.GetProperty("title").GetString());
        Assert.True(body.TryGetProperty("bodyHtml", out _));
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task GetDocument_WithStaleIfNoneMatch_Returns200()
    {
        var id = await factory.SeedDocumentAsync("zhoucun", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{id}");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/documents?pageSize=101")]
    [InlineData("/api/v1/documents?page=0")]
    [InlineData("/api/v1/documents?page=abc")]
    public async Task ListDocuments_BadPaging_Returns400ProblemJson(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_UnknownApiAddress_Returns404ProblemJsonNotHtml()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/organisations")]
    [InlineData("/api/v1/columns")]
    [InlineData("/api/v1/catalogues")]
    [InlineData("/api/v1/coverage")]
    public async Task GetReferenceLists_Anonymous_ReturnJsonArrays(string url) =>
        Assert.Equal(JsonValueKind.Array, (await JsonAsync(await factory.CreateClient().GetAsync(url))).ValueKind);

    [Fact]
    public async Task GetColumns_Tree_NestsTheDisclosureColumns()
    {
        var tree = await JsonAsync(await factory.CreateClient().GetAsync("/api/v1/columns"));

        var xxgk = tree.EnumerateArray().Single(c => c.GetProperty("path").GetString() == ColumnPaths.Disclosure);

        Assert.Contains(xxgk.GetProperty("children").EnumerateArray(), c => c.GetProperty("path").GetString() == ColumnPaths.PolicyDocuments);
    }

    [Fact]
    public async Task GetCatalogue_TownshipWithoutPublishedVersion_Returns404()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/catalogues/nanling");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task GetOpenApi_Document_ListsEveryEndpoint()
    {
        var document = await JsonAsync(await factory.CreateClient().GetAsync("/api/v1/openapi.json"));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal(
            ["/api/v1/catalogues", "/api/v1/catalogues/{township}", "/api/v1/catalogues/{township}/versions/{number}", "/api/v1/columns",
             "/api/v1/consultations", "/api/v1/consultations/{id}", "/api/v1/coverage", "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/organisations"],
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_CrossOriginRequestByDefault_HasNoCorsHeader()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations");
        request.Headers.Add("Origin", "https://example.org");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task GetOrganisations_NoStaffOrApplicantData_InTheBody()
    {
        await factory.CreateClerkAsync("api-privacy-clerk", "gaodu");

        var body = await (await factory.CreateClient().GetAsync("/api/v1/organisations")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("api-privacy-clerk", body);
        Assert.Contains("\"slug\":\"gaodu\"", body);
    }
}

/// <summary>A portal allowing 3 API requests a minute per address and one CORS origin.</summary>
public sealed class LimitedApiFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Portal:Api:RequestsPerMinute"] = "3",
        ["Portal:Api:AllowedOrigins:0"] = "https://data.example.gov.cn",
    };
}

public class ApiLimitsTests(LimitedApiFactory factory) : IClassFixture<LimitedApiFactory>
{
    [Fact]
    public async Task Get_FourthRequestInAMinute_Returns429WithRetryAfterAndProblemJson()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/columns")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/columns");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("请求过于频繁", problem);
        Assert.Contains("Too many requests", problem);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/xxgk")).StatusCode);
    }
}
