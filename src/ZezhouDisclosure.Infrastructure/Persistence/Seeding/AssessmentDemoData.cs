using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Oversight.Assessments;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo 年度考核 (Portal:DemoData only): the demo year's draft with the default indicator set and one manual value
/// (高都镇's 创新加分 with its note), ready to be computed and approved. Idempotent: skipped when the year has one.
/// </summary>
public sealed class AssessmentDemoData(AppDbContext db) : IDemoDataContributor
{
    public int Order => 300;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var year = AnnualReportDemoData.Year;
        if (await db.Assessments.AnyAsync(a => a.Year == year, cancellationToken))
        {
            return;
        }

        var assessment = AssessmentDefaults.NewDraft(year);
        if (await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) is { } gaodu)
        {
            assessment.SetManualValue("B1", gaodu, 1, "“一网通办”村级代办经验被市政务公开办转发推广。");
        }

        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
    }
}
