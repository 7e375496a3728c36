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

    public string SanitizeDocumentHtml(string html) =>
        string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html).Trim();
}
