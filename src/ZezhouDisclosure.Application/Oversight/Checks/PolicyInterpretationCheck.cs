using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 政策文件 without a 解读: a published 政策性文件 or 行政规范性文件 must be linked to a published 解读, or carry the recorded
/// reason why it needs none (泽政办发〔2020〕22号 四（三）1 同步解读; checklist #24).
/// </summary>
public sealed class PolicyInterpretationCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "policy.interpretation";

    public string Name => "政策文件未解读";

    public string Source => "泽政办发〔2020〕22号 四（三）1 政策文件与解读同步起草、同步审签、同步发布";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var rows = await InspectionScope.Published(db, context)
            .Where(d => (d.IsPolicy || d.IsNormative) && d.InterpretationForm == null
                && (d.NoInterpretationReason == null || d.NoInterpretationReason == "")
                && !db.InterpretationLinks.Any(l => l.PolicyId == d.Id
                    && db.Documents.Any(i => i.Id == l.InterpretationId && i.Status == DocumentStatus.Published)))
            .Select(d => new { d.Id, d.OrganisationId, d.Title }).ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(r => new ComplianceObservation(r.OrganisationId, $"document:{r.Id}", FindingSeverity.Deduction,
                $"政策文件《{r.Title}》没有已发布的解读，也未说明不需解读的理由。", InspectionScope.DocumentLink(r.Id))),
        ];
    }
}
