using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 解读 links broken: a published 政策文件 linked to a 解读 that is no longer public (withdrawn or deleted), or a published
/// 解读 whose 政策文件 is no longer public (checklist #24 “linked both ways”).
/// </summary>
public sealed class InterpretationLinkCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "policy.interpretation-link";

    public string Name => "解读关联失效";

    public string Source => "政府网站检查指标 “政策文件与解读相互关联”";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var published = InspectionScope.Published(db, context);
        var policyBroken = await (
            from l in db.InterpretationLinks
            join p in published on l.PolicyId equals p.Id
            where !db.Documents.Any(i => i.Id == l.InterpretationId && i.Status == DocumentStatus.Published)
            select new { p.Id, p.OrganisationId, p.Title, Other = l.InterpretationId }).ToListAsync(cancellationToken);
        var interpretationBroken = await (
            from l in db.InterpretationLinks
            join i in published on l.InterpretationId equals i.Id
            where !db.Documents.Any(p => p.Id == l.PolicyId && p.Status == DocumentStatus.Published)
            select new { i.Id, i.OrganisationId, i.Title, Other = l.PolicyId }).ToListAsync(cancellationToken);
        return
        [
            .. policyBroken.Select(r => new ComplianceObservation(r.OrganisationId, $"link:{r.Id}-{r.Other}", FindingSeverity.Deduction,
                $"《{r.Title}》关联的解读（编号 {r.Other}）已不公开，链接失效。", InspectionScope.DocumentLink(r.Id))),
            .. interpretationBroken.Select(r => new ComplianceObservation(r.OrganisationId, $"link:{r.Other}-{r.Id}", FindingSeverity.Deduction,
                $"解读《{r.Title}》关联的政策文件（编号 {r.Other}）已不公开，链接失效。", InspectionScope.DocumentLink(r.Id))),
        ];
    }
}
