using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>The public content kind of annual reports: a saved report changes its unit's 年报 column and report pages.</summary>
public static class AnnualReportPublicContent
{
    private static readonly PublicContentKind AnnualReportKind = new("annual-report");

    extension(PublicContentKind)
    {
        /// <summary>An annual report; the id is the report's, the organisation its unit's.</summary>
        public static PublicContentKind AnnualReport => AnnualReportKind;
    }
}

public sealed class AnnualReportContentSource : PublicContentSource
{
    public AnnualReportContentSource() =>
        Map<AnnualReport>(report => [new(PublicContentKind.AnnualReport, report.Id, report.OrganisationId)]);
}
