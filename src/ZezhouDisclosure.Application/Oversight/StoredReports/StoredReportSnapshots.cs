using System.Text.Json;
using System.Text.Json.Serialization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.StoredReports;

/// <summary>One stored 月度自查报告 as the list shows it.</summary>
public sealed record StoredReportRow(
    int Id, int? OrganisationId, string UnitName, int Year, int Month, int Edition, SelfCheckReportTrigger Trigger,
    DateTime GeneratedAt, string GeneratedBy, string? Reason, DateTime? SupersededAt, int Vetoes, int Deductions, int Notes)
{
    public bool IsCurrent => SupersededAt is null;

    public string TriggerLabel => StoredReportSnapshots.Label(Trigger, Edition);
}

/// <summary>The stored report's content (as generated) with its record.</summary>
public sealed record StoredReport(StoredReportRow Row, SelfCheckReport Report);

/// <summary>Freezes a report as JSON and reads it back; who may see a stored report.</summary>
public static class StoredReportSnapshots
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Freeze(SelfCheckReport report) => JsonSerializer.Serialize(report, Options);

    public static SelfCheckReport Thaw(string snapshot) =>
        JsonSerializer.Deserialize<SelfCheckReport>(snapshot, Options) ?? throw new InvalidOperationException("Empty self-check report snapshot.");

    public static string Label(SelfCheckReportTrigger trigger, int edition) =>
        trigger == SelfCheckReportTrigger.Monthly ? "每月自动生成" : edition > 1 ? "重新生成" : "手动生成";

    /// <summary>The line the page, workbook and document print: which edition, made how, by whom, when.</summary>
    public static string Archive(int edition, SelfCheckReportTrigger trigger, string by, DateTime at, string? reason) =>
        $"第 {edition} 版，{Label(trigger, edition)}（{by}，{ChinaTime.ToBeijing(at):yyyy年M月d日 HH:mm}）{(reason is null ? "" : "，原因：" + reason)}";

    public static IQueryable<StoredReportRow> Rows(this IQueryable<StoredSelfCheckReport> reports) => reports.Select(r => new StoredReportRow(
        r.Id, r.OrganisationId, r.UnitName, r.Year, r.Month, r.Edition, r.Trigger, r.GeneratedAt, r.GeneratedBy, r.Reason, r.SupersededAt,
        r.Vetoes, r.Deductions, r.Notes));

    /// <summary>The county office sees every report; a unit's staff only their own units' (the county's is not theirs).</summary>
    public static IQueryable<StoredSelfCheckReport> Visible(this IQueryable<StoredSelfCheckReport> reports, IReadOnlyCollection<int>? units)
    {
        if (units is null)
        {
            return reports;
        }

        var ids = units.ToList();
        return reports.Where(r => r.OrganisationId != null && ids.Contains(r.OrganisationId.Value));
    }

    /// <summary>One stored report the caller may see, or 404 (another unit's report is not revealed).</summary>
    public static async Task<StoredReport> FindAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        var units = OversightAccess.Units(currentUser);
        var r = await db.StoredSelfCheckReports.AsNoTracking().Where(r => r.Id == id).Visible(units)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("自查报告不存在。");
        var row = new StoredReportRow(
            r.Id, r.OrganisationId, r.UnitName, r.Year, r.Month, r.Edition, r.Trigger, r.GeneratedAt, r.GeneratedBy, r.Reason, r.SupersededAt,
            r.Vetoes, r.Deductions, r.Notes);
        return new StoredReport(row, Thaw(r.Snapshot));
    }
}

/// <summary>A stored report's page.</summary>
public sealed record GetStoredSelfCheckReportQuery(int Id) : IQuery<StoredReport>;

public sealed class GetStoredSelfCheckReportHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetStoredSelfCheckReportQuery, StoredReport>
{
    public async ValueTask<StoredReport> Handle(GetStoredSelfCheckReportQuery query, CancellationToken cancellationToken) =>
        await StoredReportSnapshots.FindAsync(db, currentUser, query.Id, cancellationToken);
}

/// <summary>A stored report as .xlsx or .docx, written from its snapshot by the same writers as the live report.</summary>
public sealed record ExportStoredSelfCheckReportQuery(int Id, SelfCheckReportFormat Format) : IQuery<SelfCheckReportFile>;

public sealed class ExportStoredSelfCheckReportHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet, ISelfCheckReportDocuments documents)
    : IQueryHandler<ExportStoredSelfCheckReportQuery, SelfCheckReportFile>
{
    public async ValueTask<SelfCheckReportFile> Handle(ExportStoredSelfCheckReportQuery query, CancellationToken cancellationToken)
    {
        var stored = await StoredReportSnapshots.FindAsync(db, currentUser, query.Id, cancellationToken);
        var file = ExportSelfCheckReportHandler.Write(stored.Report, query.Format, spreadsheet, documents);
        var suffix = stored.Row.Edition > 1 ? $"（第{stored.Row.Edition}版）" : "";
        var extension = Path.GetExtension(file.FileName);
        return file with { FileName = Path.GetFileNameWithoutExtension(file.FileName) + suffix + extension };
    }
}
