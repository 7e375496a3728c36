using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 标准目录 items overdue: rows of a township's published 标准目录 whose latest publication came after the row's 公开时限
/// (a deduction), and rows never published (a note), from the same coverage figures the 标准目录 pages show
/// (国办发〔2019〕54号; 晋政办发〔2020〕38号).
/// </summary>
public sealed class CatalogueOverdueCheck(IAppDbContext db, ICurrentUser currentUser) : IComplianceCheck
{
    public string Code => "catalogue.overdue";

    public string Name => "标准目录事项未按时公开";

    public string Source => "国办发〔2019〕54号 基层政务公开标准化规范化；晋政办发〔2020〕38号";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var coverage = await new GetCatalogueCoverageHandler(db, currentUser).Handle(new GetCatalogueCoverageQuery(null), cancellationToken);
        var ids = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        var observations = new List<ComplianceObservation>();
        foreach (var township in coverage)
        {
            if (!ids.TryGetValue(township.OrganisationSlug, out var organisationId) || !context.Covers(organisationId))
            {
                continue;
            }

            foreach (var item in township.Items)
            {
                var what = $"标准目录第 {item.Number} 项“{item.Level2}”（{item.AreaName}，时限：{item.TimeLimit}）";
                if (item.Status == CoverageStatus.Late)
                {
                    observations.Add(new ComplianceObservation(organisationId, $"item:{item.Number}", FindingSeverity.Deduction,
                        $"{what}最近一次公开超过时限（应于 {item.DueDate:yyyy-MM-dd} 前）。", $"/jczwgk/xz/{township.OrganisationSlug}/bzml"));
                }
                else if (item.Status == CoverageStatus.NeverPublished)
                {
                    observations.Add(new ComplianceObservation(organisationId, $"item:{item.Number}", FindingSeverity.Notice,
                        $"{what}尚未公开任何信息。", $"/jczwgk/xz/{township.OrganisationSlug}/bzml"));
                }
            }
        }

        return observations;
    }
}
