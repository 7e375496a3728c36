namespace ZezhouDisclosure.Domain.Documents;

/// <summary>The kinds of 附件 a document may carry (issue 4: PDF, OFD, DOC/DOCX, XLS/XLSX, JPG, PNG).</summary>
public enum AttachmentKind
{
    Pdf = 1,
    Ofd = 2,
    Doc = 3,
    Docx = 4,
    Xls = 5,
    Xlsx = 6,
    Jpeg = 7,
    Png = 8,
}
