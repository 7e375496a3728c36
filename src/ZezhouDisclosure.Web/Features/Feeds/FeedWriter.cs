using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Features.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
}

/// <summary>Writes a list of published documents as RSS 2.0 or Atom 1.0 (System.ServiceModel.Syndication), UTF-8 without BOM.</summary>
public static class FeedWriter
{
    public const string RssContentType = "application/rss+xml; charset=utf-8";
    public const string AtomContentType = "application/atom+xml; charset=utf-8";

    public static bool TryParse(string? value, out FeedFormat format)
    {
        switch (value)
        {
            case "rss":
                format = FeedFormat.Rss;
                return true;
            case "atom":
                format = FeedFormat.Atom;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static string ContentType(FeedFormat format) => format == FeedFormat.Rss ? RssContentType : AtomContentType;

    /// <summary>
    /// The feed bytes. <c>baseUrl</c> is the site's absolute root without a trailing slash; <c>selfPath</c> is the
    /// feed's own path (also its Atom id); <c>pagePath</c> is the HTML page the feed follows.
    /// </summary>
    public static byte[] Write(
        FeedFormat format, string baseUrl, string title, string description, string selfPath, string pagePath,
        IReadOnlyList<PublicDocumentRow> documents, DateTimeOffset fallbackUpdated)
    {
        var feed = new SyndicationFeed(title, description, new Uri(baseUrl + pagePath))
        {
            Id = baseUrl + selfPath,
            Language = "zh-CN",
            LastUpdatedTime = documents.Count == 0 ? fallbackUpdated : AsUtc(documents.Max(d => d.PublishedAt)),
            Items = documents.Select(d => Item(baseUrl, d)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl + selfPath), "self", title, ContentType(format).Split(';')[0], 0));

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, Async = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            SyndicationFeedFormatter formatter = format == FeedFormat.Rss ? new Rss20FeedFormatter(feed, false) : new Atom10FeedFormatter(feed);
            formatter.WriteTo(writer);
        }

        return stream.ToArray();
    }

    private static SyndicationItem Item(string baseUrl, PublicDocumentRow document)
    {
        var url = baseUrl + PortalUrls.Document(document.Id);
        var summary = string.Join("；", new[] { document.DocumentNumber, document.IndexNumber is null ? null : "索引号：" + document.IndexNumber, document.Summary }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        var item = new SyndicationItem(document.Title, summary.Length == 0 ? document.Title : summary, new Uri(url), url, AsUtc(document.PublishedAt))
        {
            PublishDate = AsUtc(document.PublishedAt),
        };
        item.Authors.Add(new SyndicationPerson { Name = document.OrganisationName });
        return item;
    }

    private static DateTimeOffset AsUtc(DateTime instant) => new(DateTime.SpecifyKind(instant, DateTimeKind.Utc));
}

/// <summary>A page's feeds, advertised in its head with <c>&lt;link rel="alternate"&gt;</c> (set as <c>ViewData["Feeds"]</c>).</summary>
public sealed record FeedLinks(string Title, string Rss, string Atom)
{
    public static FeedLinks Of(string title, string? columnPath = null, string? organisationSlug = null)
    {
        var tail = columnPath is not null ? "/lm/" + columnPath : organisationSlug is not null ? "/jg/" + organisationSlug : "";
        return new FeedLinks(title, "/feeds/rss" + tail, "/feeds/atom" + tail);
    }
}
