using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo 年度报告 (Portal:DemoData only): the county government's and 高都镇's 2025 reports, published through their
/// lifecycle with tables computed from the demo registers (documents, 依申请公开, and two 行政复议/诉讼 cases), the texts
/// quoting the same figures so the cross-checks pass. Idempotent: skipped when either unit already has a 2025 report.
/// </summary>
public sealed class AnnualReportDemoData(AppDbContext db) : IDemoDataContributor
{
    public const int Year = 2025;

    public int Order => 200;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var units = await db.Organisations.Where(o => o.Slug == "xzf" || o.Slug == "gaodu").ToListAsync(cancellationToken);
        if (units.Count == 0 || await db.AnnualReports.IgnoreQueryFilters().AnyAsync(r => r.Year == Year, cancellationToken))
        {
            return;
        }

        var county = units.FirstOrDefault(o => o.Slug == "xzf");
        if (county is not null && !await db.AppealCases.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            var upheld = new AppealCase(county.Id, AppealKind.Reconsideration, new DateOnly(2025, 6, 12), "晋城复〔2025〕41号", null,
                "申请人对政府信息公开答复不服申请行政复议。");
            upheld.Decide(AppealOutcome.Upheld, new DateOnly(2025, 8, 20));
            db.AppealCases.Add(upheld);
            db.AppealCases.Add(new AppealCase(county.Id, AppealKind.DirectLitigation, new DateOnly(2025, 11, 28), "（2025）晋0525行初57号", null,
                "申请人对政府信息公开答复不服提起行政诉讼，年底尚未审结。"));
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var unit in units)
        {
            var report = new AnnualReport(unit.Id, Year);
            var published = unit.Kind == Domain.Organisations.OrganisationKind.CountyGovernment
                ? new DateTime(2026, 3, 20, 2, 0, 0, DateTimeKind.Utc)
                : new DateTime(2026, 1, 22, 2, 0, 0, DateTimeKind.Utc);
            await AnnualReportRegisters.RefreshAsync(db, report, published.AddDays(-5), cancellationToken);
            var t3 = report.Table3;
            var t4 = report.Table4;
            var total = RequestTable.TotalColumn;
            var appeals = t4.Total(AppealKind.Reconsideration);
            var lawsuits = t4.Total(AppealKind.DirectLitigation) + t4.Total(AppealKind.LitigationAfterReconsideration);
            var name = unit.OfficialName;
            report.Write(new AnnualReportText(
                $"{Year}年，{name}坚持以公开为常态、不公开为例外，围绕重点领域信息、政策文件及解读持续做好主动公开，通过门户网站“政府信息公开”专栏集中发布法定主动公开内容，按照标准目录及时更新各栏目。",
                $"全年收到政府信息公开申请{t3.New(total)}件，上年结转{t3.CarriedOver(total)}件，办结{t3.ResultsTotal(total)}件，结转下年{t3.CarriedForward(total)}件，均在法定期限内答复。"
                    + (appeals + lawsuits > 0 ? $"因政府信息公开被申请行政复议{appeals}件、提起行政诉讼{lawsuits}件。" : ""),
                "严格落实公开前保密审查和公开属性源头认定，对现行有效的行政规范性文件实行清单管理，及时标注有效性。",
                "依托县政府门户网站统一发布政府信息，栏目设置与标准目录一致，网站检索、无障碍浏览功能运行正常。",
                "将政务公开纳入年度目标责任考核，组织信息员业务培训，自觉接受社会监督，未发生因公开不当引发的责任追究。",
                "一是部分栏目更新不够及时；二是政策解读形式较为单一。下一步将建立栏目更新提醒，丰富图解、视频等解读形式。",
                "无其他需要报告的事项。",
                0m,
                null), new Dictionary<string, decimal?>
                {
                    ["regulation.issued"] = 0, ["regulation.repealed"] = 0, ["regulation.in-force"] = 0,
                    ["permit"] = unit.Slug == "xzf" ? 1268 : 96,
                    ["penalty"] = unit.Slug == "xzf" ? 342 : 12,
                    ["coercion"] = unit.Slug == "xzf" ? 17 : 0,
                    ["fees"] = unit.Slug == "xzf" ? 56.3m : 0,
                });
            report.Submit(published.AddDays(-3), "demo", unit.RequiresUnitSignOff, null);
            if (unit.RequiresUnitSignOff)
            {
                report.ApproveInUnit(published.AddDays(-2), "demo", null);
            }

            report.Publish(published, "shenhe", null);
            db.AnnualReports.Add(report);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
