using DocumentFormat.OpenXml.Wordprocessing;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Application.Requests;
using static ZezhouDisclosure.Infrastructure.Documents.OfficialDocx;

namespace ZezhouDisclosure.Infrastructure.Documents;

/// <summary>
/// Writes a 告知书 as an A4 Word document in the manner of GB/T 9704 (title 22 pt 小标宋, body 16 pt 仿宋, date and
/// seal on the right), from the same <see cref="NoticeModel"/> as the HTML print page.
/// </summary>
public sealed class OpenXmlNoticeDocuments : INoticeDocuments
{
    public byte[] WriteDocx(NoticeModel notice) =>
        OfficialDocx.Write(notice.Title, notice.OrganisationName, body =>
        {
            body.Append(Paragraph(notice.OrganisationName, TitleFont, 44, JustificationValues.Center));
            body.Append(Paragraph(notice.Title, TitleFont, 44, JustificationValues.Center));
            body.Append(Paragraph(notice.Reference, BodyFont, 28, JustificationValues.Center));
            body.Append(Paragraph(notice.Addressee + "：", BodyFont, 32, JustificationValues.Left));
            foreach (var paragraph in notice.Paragraphs)
            {
                body.Append(Paragraph(paragraph, BodyFont, 32, JustificationValues.Both, indent: true));
            }

            body.Append(Paragraph("基本情况", HeadingFont, 32, JustificationValues.Left));
            body.Append(FactsTable(notice.Facts));
            body.Append(Paragraph("法律依据", HeadingFont, 32, JustificationValues.Left));
            foreach (var basis in notice.LegalBasis)
            {
                body.Append(Paragraph(basis, BodyFont, 32, JustificationValues.Left, indent: true));
            }

            if (notice.Remedies is { } remedies)
            {
                body.Append(Paragraph("救济途径", HeadingFont, 32, JustificationValues.Left));
                body.Append(Paragraph(remedies, BodyFont, 32, JustificationValues.Both, indent: true));
            }

            body.Append(Paragraph(notice.OrganisationName + notice.SealText, BodyFont, 32, JustificationValues.Right));
            body.Append(Paragraph(notice.DateText, BodyFont, 32, JustificationValues.Right));
        });

    /// <summary>The blank paper 申请表 (<see cref="BlankApplicationForm"/>): instructions, then one bordered table per part with room to write.</summary>
    public byte[] WriteBlankApplicationForm() =>
        OfficialDocx.Write(BlankApplicationForm.Title, creator: null, body =>
        {
            body.Append(Paragraph(BlankApplicationForm.Title, TitleFont, 44, JustificationValues.Center));
            foreach (var line in BlankApplicationForm.Instructions)
            {
                body.Append(Paragraph(line, BodyFont, 24, JustificationValues.Both, indent: true));
            }

            foreach (var section in BlankApplicationForm.Sections)
            {
                body.Append(Paragraph(section.Title, HeadingFont, 28, JustificationValues.Left));
                body.Append(FactsTable([.. section.Rows.Select(r => new NoticeFact(r.Label, r.Printed))], minimumRowHeight: 680));
            }

            foreach (var line in BlankApplicationForm.ClosingLines)
            {
                body.Append(Paragraph(line, BodyFont, 28, JustificationValues.Right));
            }
        }, topMargin: 1440, bottomMargin: 1440);

    private static Table FactsTable(IReadOnlyList<NoticeFact> facts, int? minimumRowHeight = null) =>
        LabelValueTable(facts.Select(f => (f.Label, f.Value)), labelWidth: 1400, minimumRowHeight);
}
