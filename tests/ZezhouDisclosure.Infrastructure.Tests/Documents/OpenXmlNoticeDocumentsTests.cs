using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Infrastructure.Documents;

namespace ZezhouDisclosure.Infrastructure.Tests.Documents;

/// <summary>The .docx rendering of a 告知书 opens with the Open XML SDK and says what the model says.</summary>
public class OpenXmlNoticeDocumentsTests
{
    private static readonly NoticeModel Notice = new(
        NoticeKind.Reply,
        "政府信息公开申请答复告知书",
        "YSQ202611200001-答复",
        "泽州县高都镇人民政府",
        "YSQ202611200001",
        "张三",
        [new NoticeFact("申请编号", "YSQ202611200001"), new NoticeFact("办理结果", "予以公开")],
        ["经审查，您申请获取的政府信息属于可以公开的政府信息。"],
        ["《中华人民共和国政府信息公开条例》第三十六条第（二）项"],
        "如对本告知不服，可以自收到之日起六十日内向泽州县人民政府申请行政复议。",
        new DateOnly(2026, 12, 2));

    [Fact]
    public void WriteDocx_ReadBack_ContainsTitleBodyFactsBasisRemediesSealAndDate()
    {
        var bytes = new OpenXmlNoticeDocuments().WriteDocx(Notice);

        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("政府信息公开申请答复告知书", paragraphs);
        Assert.Contains("张三：", paragraphs);
        Assert.Contains("经审查，您申请获取的政府信息属于可以公开的政府信息。", paragraphs);
        Assert.Contains("《中华人民共和国政府信息公开条例》第三十六条第（二）项", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("六十日内向泽州县人民政府申请行政复议"));
        Assert.Contains("泽州县高都镇人民政府（盖章）", paragraphs);
        Assert.Equal("2026年12月2日", paragraphs[^1]);
        var cells = body.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["申请编号", "YSQ202611200001", "办理结果", "予以公开"], cells);
        Assert.Equal("政府信息公开申请答复告知书", document.PackageProperties.Title);
    }
}
