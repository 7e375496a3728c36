using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Application.Tests.Documents;

public class DocumentClosingTests
{
    [Fact]
    public void Mark_SignatureAndDateParagraphs_AreMarked()
    {
        var html = "<p>各村（社区）：</p><p>现将方案印发给你们，请认真贯彻执行。</p><p>泽州县高都镇人民政府</p><p>2026年3月5日</p>";

        Assert.Equal(
            "<p>各村（社区）：</p><p>现将方案印发给你们，请认真贯彻执行。</p><p class=\"doc-signature\">泽州县高都镇人民政府</p><p class=\"doc-date\">2026年3月5日</p>",
            DocumentClosing.Mark(html));
    }

    [Fact]
    public void Mark_JointSignatureChineseNumeralDateAndPublicationNote_MarksBothIssuersAndDateOnly()
    {
        var html = "<p>特此通知。</p><p>泽州县人民政府办公室</p><p>泽州县财政局</p><p>二〇二六年三月五日</p><p>（此件公开发布）</p>";

        Assert.Equal(
            "<p>特此通知。</p><p class=\"doc-signature\">泽州县人民政府办公室</p><p class=\"doc-signature\">泽州县财政局</p><p class=\"doc-date\">二〇二六年三月五日</p><p>（此件公开发布）</p>",
            DocumentClosing.Mark(html));
    }

    [Fact]
    public void Mark_SignatureAndDateAsTwoLinesOfOneParagraph_MarksTheParagraph()
    {
        Assert.Equal(
            "<p>请遵照执行。</p><p class=\"doc-closing\">高都镇人民政府<br>2026年11月30日</p>",
            DocumentClosing.Mark("<p>请遵照执行。</p><p>高都镇人民政府<br>2026年11月30日</p>"));
    }

    [Theory]
    [InlineData("<p>本方案自2026年3月5日起施行。</p>")]
    [InlineData("<p>一段</p><p>二段</p>")]
    [InlineData("<p>2026年3月5日</p><table><tr><td>附表</td></tr></table>")]
    [InlineData("")]
    public void Mark_NoClosingAtTheEnd_LeavesTheBodyUnchanged(string html)
    {
        Assert.Equal(html, DocumentClosing.Mark(html));
    }

    [Fact]
    public void Mark_SentenceAboveTheDate_IsNotASignature()
    {
        Assert.Equal(
            "<p>特此通知。</p><p class=\"doc-date\">2026年3月5日</p>",
            DocumentClosing.Mark("<p>特此通知。</p><p>2026年3月5日</p>"));
    }
}
