using ZezhouDisclosure.Infrastructure.Html;

namespace ZezhouDisclosure.Infrastructure.Tests.Html;

public class DocumentHtmlSanitizerTests
{
    private readonly DocumentHtmlSanitizer _sanitizer = new();

    [Theory]
    [InlineData("<p>正文<script>alert(1)</script></p>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>", "javascript:")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">链接</a>", "ascript:")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "data:")]
    [InlineData("<form action=\"//x\"><button>提交</button></form>", "<form")]
    [InlineData("<form action=\"//x\"><input name=q></form>", "<input")]
    [InlineData("<style>@import url(//x)</style><p>文</p>", "<style")]
    [InlineData("<p style=\"position:fixed\">文</p>", "style")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "<iframe")]
    [InlineData("<svg/onload=alert(1)>", "onload")]
    [InlineData("<base href=\"//x\">", "<base")]
    [InlineData("<meta http-equiv=refresh content=0;url=//x>", "<meta")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<p id=\"getElementById\" name=\"x\">文</p>", "getElementById")]
    public void Sanitize_DangerousMarkup_IsRemoved(string input, string forbidden)
    {
        var output = _sanitizer.SanitizeDocumentHtml(input);

        Assert.DoesNotContain(forbidden, output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sanitize_SameInputAgain_ReturnsTheSameCleanOutput()
    {
        const string html = "<p>正文<img src=x onerror=alert(1)></p>";

        var first = _sanitizer.SanitizeDocumentHtml(html);
        var second = _sanitizer.SanitizeDocumentHtml(html);

        Assert.Equal(first, second);
        Assert.DoesNotContain("onerror", second, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sanitize_DocumentStructure_IsKept()
    {
        const string html = "<h2>一、总体情况</h2><p>正文<strong>重点</strong></p><table><caption>表</caption><thead><tr><th scope=\"col\">项目</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><a href=\"https://www.gov.cn/\">中国政府网</a>";

        var output = _sanitizer.SanitizeDocumentHtml(html);

        Assert.Contains("<h2>一、总体情况</h2>", output);
        Assert.Contains("<th scope=\"col\">项目</th>", output);
        Assert.Contains("<a href=\"https://www.gov.cn/\">中国政府网</a>", output);
    }

    [Theory]
    [InlineData("<p>正文<script>alert(1)</script></p><img src=x onerror=1>")]
    [InlineData("<table><tr><td><a href='/xxgk/doc/1'>链接</a></td></tr></table>")]
    public void Sanitize_Twice_IsTheSameAsOnce(string input)
    {
        var once = _sanitizer.SanitizeDocumentHtml(input);

        Assert.Equal(once, _sanitizer.SanitizeDocumentHtml(once));
    }
}
