using System.Globalization;
using System.Text.RegularExpressions;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>
/// Resolves internal links of published content against the portal's own routes and data: a document or attachment
/// link must reach a published document, an organisation or column link an existing one; any other path must match a
/// route of the portal. One instance per run (what it loaded is reused).
/// </summary>
internal sealed partial class LinkTargets(IAppDbContext db, IPortalRoutes routes)
{
    private HashSet<int>? _published;
    private HashSet<string>? _columns;
    private HashSet<string>? _organisations;
    private HashSet<(int DocumentId, int Id)>? _attachments;

    [GeneratedRegex(@"(?:href|src)\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex Attributes();

    [GeneratedRegex(@"https?://[^\s<>""'，。；、）)\]】]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlsInText();

    [GeneratedRegex(@"^/xxgk/doc/(\d+)/?$")]
    private static partial Regex DocumentPath();

    [GeneratedRegex(@"^/xxgk/doc/(\d+)/fj/(\d+)/?$")]
    private static partial Regex AttachmentPath();

    [GeneratedRegex(@"^/xxgk/jg/([^/]+)(?:/(.*))?$")]
    private static partial Regex OrganisationPath();

    /// <summary>Links in a body's href and src attributes (anchors, mail and phone links left out).</summary>
    public static IEnumerable<string> InHtml(string html) =>
        Attributes().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value.Trim()))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                && !l.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Web addresses written out in attachment text.</summary>
    public static IEnumerable<string> InText(string text) => UrlsInText().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the link is external (http or https to another site).</summary>
    public static Uri? External(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary>Whether a site-relative link reaches a page; null when the link is not site-relative (judged elsewhere).</summary>
    public async Task<bool?> ResolveAsync(string link, CancellationToken cancellationToken)
    {
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = link.Split('?', '#')[0];
        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }

        path = Uri.UnescapeDataString(path);
        if (AttachmentPath().Match(path) is { Success: true } a)
        {
            var key = (Number(a.Groups[1].Value), Number(a.Groups[2].Value));
            // One query per run for every attachment, not one per link (a full run reads 200 000 bodies).
            _attachments ??= [.. (await db.DocumentAttachments.AsNoTracking().Select(x => new { x.DocumentId, x.Id }).ToListAsync(cancellationToken))
                .Select(x => (x.DocumentId, x.Id))];
            var exists = (await PublishedAsync(cancellationToken)).Contains(key.Item1) && _attachments.Contains(key);
            return exists;
        }

        if (DocumentPath().Match(path) is { Success: true } d)
        {
            return (await PublishedAsync(cancellationToken)).Contains(Number(d.Groups[1].Value));
        }

        if (OrganisationPath().Match(path) is { Success: true } o)
        {
            _organisations ??= [.. await db.Organisations.AsNoTracking().Select(x => x.Slug).ToListAsync(cancellationToken)];
            var rest = o.Groups[2].Value;
            return _organisations.Contains(o.Groups[1].Value)
                && (rest.Length == 0 || rest is "ml" or "zn" || (await ColumnsAsync(cancellationToken)).Contains("xxgk/" + rest));
        }

        if (path.StartsWith("/xxgk/", StringComparison.Ordinal))
        {
            // The column page takes any path below /xxgk: only a seeded column or one of the section's own pages exists.
            return path is "/xxgk/ml" or "/xxgk/jg" || (await ColumnsAsync(cancellationToken)).Contains(path[1..]);
        }

        return (await ColumnsAsync(cancellationToken)).Contains(path[1..]) || routes.Matches(path);
    }

    private async Task<HashSet<int>> PublishedAsync(CancellationToken cancellationToken) =>
        _published ??= [.. await db.Documents.AsNoTracking().Where(x => x.Status == DocumentStatus.Published).Select(x => x.Id).ToListAsync(cancellationToken)];

    private async Task<HashSet<string>> ColumnsAsync(CancellationToken cancellationToken) =>
        _columns ??= [.. await db.Columns.AsNoTracking().Select(c => c.Path).ToListAsync(cancellationToken)];

    private static int Number(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
