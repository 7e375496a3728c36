using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// Turns what a clerk typed into a document body: text without block markup becomes paragraphs (blank line = new
/// paragraph, line break = &lt;br&gt;), everything escaped; text with block markup is kept as HTML for the sanitiser.
/// </summary>
public static partial class DocumentBody
{
    public static string FromInput(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }

        var text = input.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (BlockMarkup().IsMatch(text))
        {
            return text;
        }

        var html = new StringBuilder();
        foreach (var paragraph in ParagraphBreak().Split(text).Where(p => p.Trim().Length > 0))
        {
            var lines = paragraph.Trim().Split('\n').Select(line => WebUtility.HtmlEncode(line.Trim()));
            html.Append("<p>").AppendJoin("<br>", lines).Append("</p>");
        }

        return html.ToString();
    }

    [GeneratedRegex(@"<(p|div|table|h[1-6]|ul|ol|br|blockquote|section|article|pre)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockMarkup();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();
}
