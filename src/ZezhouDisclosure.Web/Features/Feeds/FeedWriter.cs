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

/// <summary>
/// One item of a feed: what any capability publishes (a document, a 征求意见 …). <see cref="Path"/> is the item's page
/// path on this site; <see cref="PublishedAt"/> is UTC.
/// </summary>
public sealed record FeedEntry(string Title, string Summary, string Path, DateTime PublishedAt, string Author);

/// <summary>
/// Writes a list of entries as RSS 2.0 or Atom 1.0 (System.ServiceModel.Syndication), UTF-8 without BOM. Documents'
/// feeds and other capabilities' feeds (公众参与's <c>ParticipationFeedsController</c>) share it through <see cref="FeedEntry"/>.
/// </summary>
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
        IReadOnlyList<PublicDocumentRow> documents, DateTimeOffset fallbackUpdated) =>
        Write(format, baseUrl, title, description, selfPath, pagePath, [.. documents.Select(Entry)], fallbackUpdated);

    /// <summary>The feed bytes of any capability's entries (see the overload for documents).</summary>
    public static byte[] Write(
        FeedFormat format, string baseUrl, string title, string description, string selfPath, string pagePath,
        IReadOnlyList<FeedEntry> entries, DateTimeOffset fallbackUpdated)
    {
        var feed = new SyndicationFeed(title, description, new Uri(baseUrl + pagePath))
        {
            Id = baseUrl + selfPath,
            Language = "zh-CN",
            LastUpdatedTime = entries.Count == 0 ? fallbackUpdated : AsUtc(entries.Max(d => d.PublishedAt)),
            Items = entries.Select(e => Item(baseUrl, e)).ToList(),
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

    private static FeedEntry Entry(PublicDocumentRow document)
    {
        var summary = string.Join("；", new[] { document.DocumentNumber, document.IndexNumber is null ? null : "索引号：" + document.IndexNumber, document.Summary }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        return new FeedEntry(document.Title, summary, PortalUrls.Document(document.Id), document.PublishedAt, document.OrganisationName);
    }

    private static SyndicationItem Item(string baseUrl, FeedEntry entry)
    {
        var url = baseUrl + entry.Path;
        var item = new SyndicationItem(entry.Title, entry.Summary.Length == 0 ? entry.Title : entry.Summary, new Uri(url), url, AsUtc(entry.PublishedAt))
        {
            PublishDate = AsUtc(entry.PublishedAt),
        };
        item.Authors.Add(new SyndicationPerson { Name = entry.Author });
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
