using System.Globalization;
using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Web.Features.AnnualReports.Models;

/// <summary>The report's edit form: the texts and the entered cells of table 二, typed as text.</summary>
public sealed class AnnualReportForm
{
    public int Version { get; set; }

    public string? OverviewProactive { get; set; }

    public string? OverviewRequests { get; set; }

    public string? OverviewManagement { get; set; }

    public string? OverviewPlatform { get; set; }

    public string? OverviewSupervision { get; set; }

    public string? Problems { get; set; }

    public string? OtherMatters { get; set; }

    public string? ProcessingFees { get; set; }

    public string? Table3Explanation { get; set; }

    public string? CorrectionNote { get; set; }

    public Dictionary<string, string?> Cells { get; set; } = new(StringComparer.Ordinal);

    public static AnnualReportForm From(AnnualReportDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var text = details.Report.Text;
        return new AnnualReportForm
        {
            Version = details.Version,
            OverviewProactive = text.OverviewProactive,
            OverviewRequests = text.OverviewRequests,
            OverviewManagement = text.OverviewManagement,
            OverviewPlatform = text.OverviewPlatform,
            OverviewSupervision = text.OverviewSupervision,
            Problems = text.Problems,
            OtherMatters = text.OtherMatters,
            ProcessingFees = text.ProcessingFees?.ToString("0.##", CultureInfo.InvariantCulture),
            Table3Explanation = text.Table3Explanation,
            CorrectionNote = details.Report.CorrectionNote,
            Cells = ActiveDisclosureTable.EnteredCells.ToDictionary(
                c => c.Key,
                c => details.Report.Table2[c.Key] is { } v ? v.ToString(c.IsAmount ? "0.##" : "0", CultureInfo.InvariantCulture) : null,
                StringComparer.Ordinal),
        };
    }

    public SaveAnnualReportCommand ToCommand(int id) => new(
        id, Version, OverviewProactive, OverviewRequests, OverviewManagement, OverviewPlatform, OverviewSupervision, Problems, OtherMatters,
        ProcessingFees, Table3Explanation, CorrectionNote, Cells);
}

public sealed record AnnualReportEditViewModel(AnnualReportDetails Details, AnnualReportForm Form);

/// <summary>The 行政复议/行政诉讼 case form.</summary>
public sealed class AppealCaseForm
{
    public AppealKind? Kind { get; set; }

    public DateOnly? FiledOn { get; set; }

    public string? CaseNumber { get; set; }

    public string? RequestNumber { get; set; }

    public AppealOutcome? Outcome { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Summary { get; set; }

    public RecordAppealCaseCommand ToCommand() => new(Kind, FiledOn, CaseNumber, RequestNumber, Outcome, DecidedOn, Summary);
}

/// <summary>The public list of a unit's (or, for the county, every unit's) reports.</summary>
public sealed record AnnualReportListViewModel(
    string Heading,
    string? OrganisationSlug,
    IReadOnlyList<PublishedAnnualReport> Reports,
    ZezhouDisclosure.Application.Common.Models.PagedList<ZezhouDisclosure.Application.Portal.PublicDocumentRow>? Documents);
