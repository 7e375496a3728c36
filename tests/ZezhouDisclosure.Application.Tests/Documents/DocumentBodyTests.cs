using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Application.Tests.Documents;

public class DocumentBodyTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("一段", "<p>一段</p>")]
    [InlineData("第一段\r\n\r\n第二段\n第二段第二行", "<p>第一段</p><p>第二段<br>第二段第二行</p>")]
    [InlineData("a < b & c", "<p>a &lt; b &amp; c</p>")]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<p>已是HTML</p>", "<p>已是HTML</p>")]
    [InlineData("<table><tr><td>1</td></tr></table>", "<table><tr><td>1</td></tr></table>")]
    public void FromInput_TextOrMarkup_BecomesABody(string input, string expected)
    {
        Assert.Equal(expected, DocumentBody.FromInput(input));
    }
}
