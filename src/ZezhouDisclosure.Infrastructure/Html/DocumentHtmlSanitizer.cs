using Ganss.Xss;

namespace ZezhouDisclosure.Infrastructure.Html;

/// <summary>
/// The allow-list for document bodies (security.md SEC-IN-04): text structure, tables, links and images only;
/// no forms, scripts, styles, frames or event attributes; links only http(s), mailto or relative.
/// </summary>
public sealed class DocumentHtmlSanitizer : Application.Common.Abstractions.IHtmlSanitizer
{
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "textarea", "select", "title", "svg", "math",
    };

    private readonly HtmlSanitizer _sanitizer;

    public DocumentHtmlSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote",
                "ul", "ol", "li", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "hr",
                "span", "div", "pre", "code", "figure", "figcaption", "dl", "dt", "dd", "abbr",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "colspan", "rowspan", "scope", "headers", "lang", "dir", "start", "type",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        _sanitizer = new HtmlSanitizer(options);
        // Keep the text of harmless wrappers (<font>, <center> from word processors) but drop the content of
        // elements whose content is code or another document.
        _sanitizer.KeepChildNodes = true;
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.NodeName))
            {
                e.Tag.TextContent = string.Empty;
            }
        };
    }

    public string SanitizeDocumentHtml(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        // Pages sanitise the stored body again when they show it (SEC-IN-04); the result for the very same input
        // string is remembered, so a popular page does not parse its body on every request.
        if (html.Length > MemoMaxLength)
        {
            return _sanitizer.Sanitize(html).Trim();
        }

        if (_memo.TryGetValue(html, out var known))
        {
            return known;
        }

        var clean = _sanitizer.Sanitize(html).Trim();
        if (Interlocked.Add(ref _memoChars, html.Length + clean.Length) > MemoMaxChars)
        {
            _memo.Clear();
            Interlocked.Exchange(ref _memoChars, html.Length + clean.Length);
        }

        _memo[html] = clean;
        return clean;
    }

    /// <summary>Bodies longer than this are sanitised every time (not remembered).</summary>
    private const int MemoMaxLength = 64 * 1024;

    /// <summary>About 16 MB of remembered input and output; the memo is emptied when it would hold more.</summary>
    private const long MemoMaxChars = 8L * 1024 * 1024;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _memo = new(StringComparer.Ordinal);
    private long _memoChars;
}
