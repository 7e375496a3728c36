using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>Attachments of published items that are scans without a text layer (checklist #30 “not scan-only”; 适老化 and 无障碍 require readable text).</summary>
public sealed class ScannedAttachmentCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "attachment.scan";

    public string Name => "附件为纯图片扫描件";

    public string Source => "政府网站检查指标 “附件可下载、非纯扫描件”；GB/T 37668 信息无障碍";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var rows = await (
            from a in db.DocumentAttachments.AsNoTracking()
            join d in InspectionScope.Published(db, context) on a.DocumentId equals d.Id
            where a.Kind == AttachmentKind.Pdf && a.HasTextLayer == false
            select new { a.Id, a.FileName, a.DisplayName, d.OrganisationId, DocumentId = d.Id, d.Title }).ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(r => new ComplianceObservation(r.OrganisationId, $"attachment:{r.Id}", FindingSeverity.Deduction,
                $"《{r.Title}》的附件“{r.DisplayName ?? r.FileName}”是没有文字层的扫描件。", InspectionScope.DocumentLink(r.DocumentId))),
        ];
    }
}
