namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>Writes a published report as a Word document in the template's layout (Infrastructure, with OpenXML).</summary>
public interface IAnnualReportDocuments
{
    byte[] WriteDocx(AnnualReportView report);
}
