using System.Globalization;
using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.AnnualReports;

/// <summary>
/// A 年度报告 changed (published, corrected, superseded): its unit's 年报 pages (list, report pages, .docx) and the
/// county's 年报 list, nothing else (ADR 0009). Found by scanning.
/// </summary>
public sealed class AnnualReportCacheTagRule : IOutputCacheTagRule
{
    /// <summary>The county's 年报 list (every unit's reports).</summary>
    public const string CountyTag = "annual-reports";

    /// <summary>One unit's 年报 pages: its list, each year's report and its .docx.</summary>
    public static string UnitTag(int organisationId) => "annual-reports:" + organisationId.ToString(CultureInfo.InvariantCulture);

    public PublicContentKind Kind => PublicContentKind.AnnualReport;

    public IEnumerable<string> TagsFor(PublicContentChange change) =>
        change.OrganisationId is int unit ? [UnitTag(unit), CountyTag] : [CountyTag];
}
