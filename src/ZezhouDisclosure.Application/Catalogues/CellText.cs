using System.Text;
using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// Cleans the text of one spreadsheet cell the way a clerk would: non-breaking, ideographic and zero-width spaces
/// become ordinary ones (or go), runs of spaces shrink to one, each line is trimmed, half-width brackets become the
/// full-width ones of Chinese text, and line breaks inside the cell are kept.
/// </summary>
public static partial class CellText
{
    /// <summary>The cleaned text, or null for a blank cell.</summary>
    public static string? Normalise(string? raw) => Clean(raw).Text;

    /// <summary>The cleaned text and what was changed (in Chinese, for the preview), or null text for a blank cell.</summary>
    public static (string? Text, IReadOnlyList<string> Changes) Clean(string? raw)
    {
        if (raw is null)
        {
            return (null, []);
        }

        var changes = new List<string>();
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Any(IsSpecialSpace))
        {
            changes.Add("清除了不间断空格、全角空格等特殊空白");
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c is '\u200B' or '\uFEFF')
                {
                    continue;
                }

                builder.Append(IsSpecialSpace(c) ? ' ' : c);
            }

            text = builder.ToString();
        }

        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        text = string.Join('\n', lines.Where((l, i) => l.Length > 0 || (i > 0 && lines[i - 1].Length > 0)));
        if (text.Length == 0)
        {
            return (null, []);
        }

        var bracketed = HalfWidthBracket().Replace(text, m => "（" + (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) + "）");
        if (bracketed != text)
        {
            changes.Add("半角括号改为全角括号");
            text = bracketed;
        }

        return (text, changes);
    }

    private static bool IsSpecialSpace(char c) =>
        c is '\u00A0' or '\u3000' or '\u2007' or '\u202F' or '\u200B' or '\uFEFF' or '\t' or (>= '\u2000' and <= '\u200A');

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    /// <summary>A half-width bracket pair around text that contains Chinese (a pair around plain ASCII, e.g. “(1)”, stays).</summary>
    [GeneratedRegex(@"[(（]([^()（）]*\p{IsCJKUnifiedIdeographs}[^()（）]*)\)|\(([^()（）]*\p{IsCJKUnifiedIdeographs}[^()（）]*)[)）]")]
    private static partial Regex HalfWidthBracket();
}
