using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// Every published item carries its 索引号, 发布机构, 成文日期 and 发布日期 (checklist #7 “every item dated”, #27 “索引号
/// and 发布机构 on every item”; GB/T 政府信息公开目录 元数据). 发布机构 is the owning unit, so it is missing only when the
/// unit has no name.
/// </summary>
public sealed class DocumentMetadataCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "document.metadata";

    public string Name => "信息要素缺失";

    public string Source => "政府网站检查指标 “每条信息标注日期”；政府信息公开目录要素（索引号、发布机构、成文日期、发布日期）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var rows = await (
            from d in InspectionScope.Published(db, context)
            join o in db.Organisations on d.OrganisationId equals o.Id
            where d.IndexNumber == null || d.IndexNumber == "" || d.WrittenOn == null || d.PublishedAt == null || o.Name == ""
            select new { d.Id, d.OrganisationId, d.Title, d.IndexNumber, d.WrittenOn, d.PublishedAt, o.Name })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(r =>
            {
                var missing = new List<string>();
                if (string.IsNullOrEmpty(r.IndexNumber)) { missing.Add("索引号"); }
                if (r.Name.Length == 0) { missing.Add("发布机构"); }
                if (r.WrittenOn is null) { missing.Add("成文日期"); }
                if (r.PublishedAt is null) { missing.Add("发布日期"); }
                return new ComplianceObservation(r.OrganisationId, $"document:{r.Id}", FindingSeverity.Deduction,
                    $"《{r.Title}》缺少{string.Join("、", missing)}。", InspectionScope.DocumentLink(r.Id));
            }),
        ];
    }
}
