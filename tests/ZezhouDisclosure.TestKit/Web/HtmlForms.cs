using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ZezhouDisclosure.TestKit.Web;

/// <summary>Reads pages as a browser would and posts forms with the antiforgery token the page carries.</summary>
public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    public sealed record Page(IHtmlDocument Document, string Token, HttpResponseMessage Response);

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>GETs a page and returns it with its first antiforgery token (empty when the page has none).</summary>
    public static async Task<Page> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var document = await ParseAsync(response);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return new Page(document, token, response);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, Dictionary<string, string> fields)
    {
        var body = new List<KeyValuePair<string, string>>(fields);
        if (token.Length > 0)
        {
            body.Add(new("__RequestVerificationToken", token));
        }

        return client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>GETs <paramref name="formPage"/> for a token, then posts the fields to <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string formPage, string url, Dictionary<string, string> fields)
    {
        var page = await GetAsync(client, formPage);
        return await PostAsync(client, url, page.Token, fields);
    }
}
