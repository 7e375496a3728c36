using System.Globalization;
using System.Text;
using System.Xml;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Feeds.Controllers;

/// <summary>
/// <c>robots.txt</c> and <c>sitemap.xml</c> (sitemaps.org 0.9). Up to <see cref="UrlsPerFile"/> addresses sitemap.xml
/// is one urlset; beyond that it is a sitemap index pointing at <c>/sitemap-{n}.xml</c> parts.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class SitemapController(ISender sender, IConfiguration configuration) : Controller
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemaps.org limit per file; <c>Portal:Sitemap:UrlsPerFile</c> may lower it.</summary>
    public int UrlsPerFile => Math.Clamp(configuration.GetValue("Portal:Sitemap:UrlsPerFile", 50_000), 1, 50_000);

    [HttpGet("/robots.txt")]
    public ContentResult Robots()
    {
        var robots = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /admin\n")
            .Append("Disallow: /account\n")
            .Append("Disallow: ").Append(PortalUrls.RequestQuery).Append('\n')
            .Append("Disallow: ").Append(PortalUrls.RequestForm).Append('\n')
            .Append("Disallow: /prefs/\n")
            .Append("Disallow: ").Append(PortalUrls.Search).Append('\n')
            .Append("Disallow: /api/\n")
            .Append(CultureInfo.InvariantCulture, $"Sitemap: {BaseUrl}/sitemap.xml\n");
        return Content(robots.ToString(), "text/plain; charset=utf-8");
    }

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.ListsTag, PublicPageCache.CataloguesTag);
        var first = await sender.Send(new GetSitemapQuery(0, UrlsPerFile), cancellationToken);
        if (first.TotalCount <= UrlsPerFile)
        {
            return Xml(UrlSet(first.Entries));
        }

        var parts = (first.TotalCount + UrlsPerFile - 1) / UrlsPerFile;
        return Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", Namespace);
            for (var part = 1; part <= parts; part++)
            {
                writer.WriteStartElement("sitemap", Namespace);
                writer.WriteElementString("loc", Namespace, $"{BaseUrl}/sitemap-{part.ToString(CultureInfo.InvariantCulture)}.xml");
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    [HttpGet("/sitemap-{part:int:min(1)}.xml")]
    public async Task<IActionResult> Part(int part, CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.ListsTag, PublicPageCache.CataloguesTag);
        var slice = await sender.Send(new GetSitemapQuery(part - 1, UrlsPerFile), cancellationToken);
        if (slice.Entries.Count == 0)
        {
            throw new NotFoundException();
        }

        return Xml(UrlSet(slice.Entries));
    }

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    private Action<XmlWriter> UrlSet(IReadOnlyList<SitemapEntry> entries) => writer =>
    {
        writer.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, BaseUrl + entry.Path);
            if (entry.LastModified is DateTime modified)
            {
                writer.WriteElementString("lastmod", Namespace,
                    DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    };

    private FileContentResult Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return File(stream.ToArray(), "application/xml; charset=utf-8");
    }
}
