using System.Globalization;

namespace ZezhouDisclosure.Web.Features.AnnualReports;

/// <summary>The public addresses of annual reports: each unit's fixed 年报 column, and the county government's at /xxgk/nb.</summary>
public static class AnnualReportUrls
{
    public const string CountyColumn = "/xxgk/nb";

    public static string Column(string slug) => $"/xxgk/jg/{slug}/nb";

    public static string Report(string slug, int year, int? edition = null) =>
        $"/xxgk/jg/{slug}/nb/{year.ToString(CultureInfo.InvariantCulture)}" + (edition is int e ? $"?bb={e.ToString(CultureInfo.InvariantCulture)}" : "");

    public static string Docx(string slug, int year, int? edition = null) =>
        $"/xxgk/jg/{slug}/nb/{year.ToString(CultureInfo.InvariantCulture)}/docx" + (edition is int e ? $"?bb={e.ToString(CultureInfo.InvariantCulture)}" : "");
}
