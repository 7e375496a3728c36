using System.Net;
using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// Finds a 公文's closing in a sanitised body: the 成文日期 paragraph near the end ("2026年3月5日", also in Chinese
/// numerals) and the 发文机关署名 just above it (at most two short paragraphs without sentence punctuation), and marks
/// them <c>class="doc-date"</c> and <c>class="doc-signature"</c> so pages set them flush right (GB/T 9704-2012 7.3.5).
/// A signature and date typed as two lines of one paragraph make one <c>doc-closing</c> paragraph. Bodies without a
/// closing are returned unchanged.
/// </summary>
public static partial class DocumentClosing
{
    private const int MaxSignatureLength = 40;

    /// <summary>Only the last few paragraphs are looked at: a date earlier in the text is part of the text.</summary>
    private const int Tail = 4;

    public static string Mark(string sanitisedHtml)
    {
        if (string.IsNullOrEmpty(sanitisedHtml))
        {
            return sanitisedHtml;
        }

        var paragraphs = Paragraph().Matches(sanitisedHtml).ToList();
        if (paragraphs.Count == 0 || sanitisedHtml[(paragraphs[^1].Index + paragraphs[^1].Length)..].Trim().Length > 0)
        {
            return sanitisedHtml;
        }

        var marks = new Dictionary<int, string>();
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - Tail); i--)
        {
            // Only whole paragraphs may follow the date (（此件公开发布）, a note): no table or list in between.
            if (i < paragraphs.Count - 1 && !OnlyWhitespaceBetween(sanitisedHtml, paragraphs[i], paragraphs[i + 1]))
            {
                break;
            }

            var lines = Lines(paragraphs[i].Groups["inner"].Value);
            if (lines.Count == 0 || !Date().IsMatch(lines[^1]))
            {
                continue;
            }

            if (lines.Count > 1)
            {
                if (lines.Take(lines.Count - 1).All(IsSignatureLine))
                {
                    marks[i] = "doc-closing";
                }

                break;
            }

            marks[i] = "doc-date";
            for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
            {
                var above = Lines(paragraphs[j].Groups["inner"].Value);
                if (above.Count != 1 || !IsSignatureLine(above[0]) || !OnlyWhitespaceBetween(sanitisedHtml, paragraphs[j], paragraphs[j + 1]))
                {
                    break;
                }

                marks[j] = "doc-signature";
            }

            break;
        }

        if (marks.Count == 0)
        {
            return sanitisedHtml;
        }

        // Insert from the end so earlier indexes stay valid.
        var html = sanitisedHtml;
        foreach (var (index, css) in marks.OrderByDescending(m => m.Key))
        {
            var open = paragraphs[index].Groups["open"];
            html = html.Insert(open.Index + open.Length, $" class=\"{css}\"");
        }

        return html;
    }

    private static bool IsSignatureLine(string line) =>
        line.Length is > 0 and <= MaxSignatureLength && !SentencePunctuation().IsMatch(line) && !line.StartsWith("附件", StringComparison.Ordinal);

    private static bool OnlyWhitespaceBetween(string html, Match first, Match second) =>
        html.AsSpan(first.Index + first.Length, second.Index - first.Index - first.Length).Trim().IsEmpty;

    private static List<string> Lines(string innerHtml) =>
        LineBreak().Split(innerHtml)
            .Select(line => WebUtility.HtmlDecode(Tag().Replace(line, "")).Replace('\u3000', ' ').Replace('\u00a0', ' ').Trim())
            .Where(line => line.Length > 0)
            .ToList();

    // The sanitiser writes <p> without class or style; "open" ends just after the tag name.
    [GeneratedRegex(@"(?<open><p)(?<attributes>\s[^>]*)?>(?<inner>(?:(?!</?p\b).)*)</p>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[0-9０-９〇零○Ｏ一二三四五六七八九]{4}\s*年\s*[0-9０-９〇零一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９〇零一二三四五六七八九十]{1,3}\s*日$")]
    private static partial Regex Date();

    [GeneratedRegex("[。，；：！？,;:!?]")]
    private static partial Regex SentencePunctuation();
}
