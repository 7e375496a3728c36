using System.Text;

namespace ZezhouDisclosure.Web.Tests.Sweep;

/// <summary>
/// One kind of hostile input, as it goes on the wire: <see cref="Encoded"/> is already percent-encoded, so that
/// byte sequences no .NET string can hold (invalid UTF-8, lone surrogates, broken escapes) can be sent as well.
/// </summary>
public sealed record HostileInput(string Kind, string Encoded)
{
    public override string ToString() => Kind;
}

/// <summary>The catalogue of hostile inputs the bad-input sweep sends into every parameter (docs/testing.md).</summary>
public static class HostileInputs
{
    public static IReadOnlyList<HostileInput> All { get; } =
    [
        // Control characters.
        Text("nul", "\0"),
        Text("nul-inside", "低保\0名单"),
        Text("c0-controls", "\u0001\u0002\u0003\u001b\u001f"),
        Text("bell-backspace", "\a\b\f\v"),
        Text("del", "\u007f"),
        Text("c1-controls", "\u0085\u009b\u009f"),
        Text("crlf-header-injection", "x\r\nSet-Cookie: zd=1\r\nLocation: https://evil.example/"),
        Text("tabs-only", "\t\t\t"),
        Text("newlines-1000", new string('\n', 1000)),
        Text("line-paragraph-separators", "a\u2028b\u2029c"),

        // Size.
        Text("empty", ""),
        Text("spaces", "     "),
        Text("overlong-ascii-10k", new string('A', 10_000)),
        Text("overlong-chinese-5k", string.Concat(Enumerable.Repeat("低保", 2_500))),
        Text("overlong-200k", new string('x', 200_000)),
        Text("combining-marks-2k", "e" + new string('\u0301', 2_000)),

        // Wrong encodings (raw bytes that are not valid UTF-8, broken escapes).
        Raw("invalid-utf8", "%C3%28"),
        Raw("overlong-utf8-slash", "%C0%AF%C0%AE%C0%AE"),
        Raw("ff-fe-bytes", "%FF%FE%FD"),
        Raw("lone-surrogate-cesu", "%ED%A0%80"),
        Raw("truncated-utf8", "%E4%BD"),
        Raw("bare-percent", "%"),
        Raw("bad-escape", "%zz%G0"),
        Raw("iis-unicode-escape", "%u0000%u002e"),
        Raw("double-encoded-traversal", "%252e%252e%252f"),
        Text("noncharacters", "\uFFFE\uFFFF"),
        Text("bom", "\uFEFF1"),

        // SQL and query syntax.
        Text("sql-quote", "' OR '1'='1"),
        Text("sql-drop", "1; DROP TABLE Documents;--"),
        Text("sql-union", "1 UNION SELECT NULL,NULL--"),
        Text("like-wildcards", "%_[]^%"),
        Text("ldap-wildcard", "*)(uid=*))(|(uid=*"),
        Text("lucene-syntax", "title:(a OR b) AND \"x\"~3 +y -z * ? \\"),
        Text("json", "{\"$where\":\"1\",\"a\":[1,2]}"),

        // Template and markup syntax.
        Text("razor", "@(1+1)@{throw null;}"),
        Text("mustache", "{{7*7}}{{constructor.constructor('x')()}}"),
        Text("dollar-template", "${7*7}#{7*7}"),
        Text("asp-template", "<%= 7*7 %>"),
        Text("format-string", "{0}{1}{99}%s%n%x"),
        Text("script-tag", "<script>alert(1)</script>"),
        Text("attribute-break", "\"><img src=x onerror=alert(1)>'"),
        Text("xml-entity", "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"),

        // Paths and URLs.
        Text("path-traversal", "../../../../etc/passwd"),
        Text("windows-traversal", "..\\..\\..\\windows\\win.ini"),
        Text("absolute-url", "https://evil.example/"),
        Text("protocol-relative", "//evil.example/%2e%2e"),
        Text("javascript-url", "javascript:alert(1)"),
        Text("backslash-url", "/\\evil.example"),

        // Numbers.
        Text("huge-number", "99999999999999999999999999999999"),
        Text("int-max-plus-1", "2147483648"),
        Text("int-min", "-2147483648"),
        Text("minus-one", "-1"),
        Text("zero", "0"),
        Text("exponent", "1e308"),
        Text("nan", "NaN"),
        Text("hex", "0x7fffffff"),
        Text("fullwidth-digits", "１２３"),
        Text("arabic-indic-digits", "١٢٣"),

        // Dates.
        Text("date-year-zero", "0000-00-00"),
        Text("date-min", "0001-01-01"),
        Text("date-max", "9999-12-31"),
        Text("date-year-10000", "10000-01-01"),
        Text("date-negative-year", "-0001-01-01"),
        Text("date-feb-30", "2026-02-30"),
        Text("datetime-out-of-range", "2026-13-45T25:61:61+99:00"),

        // Unicode tricks.
        Text("rtl-override", "\u202Egnp.exe\u202C"),
        Text("zero-width", "\u200B\u200C\u200D\u2060"),
        Text("emoji-surrogate-pair", "😀👨‍👩‍👧"),
        Text("homoglyph", "аdmіn"),
        Text("ideographic-space", "\u3000\u3000"),

        // Oddities.
        Text("literal-null", "null"),
        Text("boolean-words", "yes"),
    ];

    /// <summary>A string as any client would send it (UTF-8, percent-encoded; long strings in chunks).</summary>
    private static HostileInput Text(string kind, string value) => new(kind, Encode(value));

    private static HostileInput Raw(string kind, string encoded) => new(kind, encoded);

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
