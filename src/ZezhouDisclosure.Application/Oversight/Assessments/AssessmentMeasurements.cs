using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>
/// What the 考核 measures for each unit with a 政府信息公开 section that existed during the year: the inspector's
/// 单项否决 and 扣分 findings of the listed rules seen during the year (Beijing dates), the 政策文件 published during the
/// year and those without a published 解读, and the days the 年报 due in the year was late (still missing: counted to
/// today or the year's end, whichever is first).
/// </summary>
internal static class AssessmentMeasurements
{
    public static async Task<List<AssessmentMeasurement>> MeasureAsync(IAppDbContext db, Assessment assessment, DateOnly today, CancellationToken cancellationToken)
    {
        var year = assessment.Year;
        var firstDay = new DateOnly(year, 1, 1);
        var lastDay = new DateOnly(year, 12, 31);
        var start = firstDay.ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset;
        var end = lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset;
        var units = await db.Organisations.AsNoTracking()
            .Where(Organisation.HasDisclosureSection)
            .Where(o => (o.ValidFrom == null || o.ValidFrom <= lastDay) && (o.ValidTo == null || o.ValidTo >= firstDay))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(cancellationToken);

        var codes = assessment.Indicators.SelectMany(i => i.CheckCodeList).Distinct().ToList();
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.OrganisationId != null && codes.Contains(f.CheckCode) && f.Level != FindingLevel.Notice && f.FirstSeenAt < end && f.LastSeenAt >= start)
            .Select(f => new { OrganisationId = f.OrganisationId!.Value, f.CheckCode }).ToListAsync(cancellationToken);

        var policies = db.Documents.AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Published && d.PublishedAt >= start && d.PublishedAt < end && (d.IsPolicy || d.IsNormative) && d.InterpretationForm == null);
        var policyTotals = (await policies.GroupBy(d => d.OrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);
        var interpreted = (await policies
            .Where(d => db.InterpretationLinks.Any(l => l.PolicyId == d.Id && db.Documents.Any(i => i.Id == l.InterpretationId && i.Status == DocumentStatus.Published)))
            .GroupBy(d => d.OrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);

        var reportYear = year - 1;
        var reports = (await db.AnnualReports.AsNoTracking()
            .Where(r => r.Year == reportYear && r.PublishedAt != null)
            .Select(r => new { r.OrganisationId, r.PublishedAt }).ToListAsync(cancellationToken))
            .GroupBy(r => r.OrganisationId).ToDictionary(g => g.Key, g => Freshness.BeijingDay(g.Min(r => r.PublishedAt!.Value)));
        var countedTo = today < lastDay ? today : lastDay;

        var measurements = new List<AssessmentMeasurement>();
        foreach (var unit in units)
        {
            foreach (var indicator in assessment.Indicators)
            {
                var (counted, total) = indicator.Measure switch
                {
                    AssessmentMeasure.Findings => (findings.Count(f => f.OrganisationId == unit.Id && indicator.CheckCodeList.Contains(f.CheckCode)), 0),
                    AssessmentMeasure.UninterpretedPolicies => (policyTotals.GetValueOrDefault(unit.Id) - interpreted.GetValueOrDefault(unit.Id), policyTotals.GetValueOrDefault(unit.Id)),
                    AssessmentMeasure.AnnualReportDaysLate => (DaysLate(AnnualReportDeadlines.DueOn(unit.Kind, reportYear), reports.TryGetValue(unit.Id, out var on) ? on : countedTo), 0),
                    _ => (0, 0),
                };
                measurements.Add(new AssessmentMeasurement(unit.Id, unit.Name, indicator.Code, counted, total));
            }
        }

        return measurements;
    }

    private static int DaysLate(DateOnly due, DateOnly on) => Math.Max(0, on.DayNumber - due.DayNumber);
}
