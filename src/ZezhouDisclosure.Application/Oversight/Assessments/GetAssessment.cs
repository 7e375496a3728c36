using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>One 考核 version: indicators, manual values, the ranked table with the breakdown, the year's other versions.</summary>
public sealed record GetAssessmentQuery(int Id) : IQuery<AssessmentDetails>;

public sealed class GetAssessmentHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetAssessmentQuery, AssessmentDetails>
{
    public async ValueTask<AssessmentDetails> Handle(GetAssessmentQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.ViewCountyWide, "只有县政务公开办可以查看年度考核。");
        var a = await AssessmentStore.LoadAsync(db, query.Id, null, cancellationToken);
        var units = await db.Organisations.AsNoTracking().Where(Organisation.HasDisclosureSection)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new UnitChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var versions = await db.Assessments.AsNoTracking().Where(v => v.Year == a.Year).OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Year, v.Number, v.Status, v.Reason, v.ComputedAt, v.ApprovedAt, v.ApprovedBy }).ToListAsync(cancellationToken);
        return new AssessmentDetails(
            a.Id, a.Year, a.Number, a.Status, a.Reason, a.ComputedAt, a.ApprovedAt, a.ApprovedBy, a.Version, a.TotalWeight,
            a.Indicators,
            [.. a.ManualValues.OrderBy(v => v.IndicatorCode, StringComparer.Ordinal).ThenBy(v => v.OrganisationId)
                .Select(v => new ManualValueRow(v.IndicatorCode, v.OrganisationId, names.GetValueOrDefault(v.OrganisationId, "（已撤并单位）"), v.Value, v.Note))],
            a.Ranking(),
            [.. versions.Select(v => new AssessmentRow(v.Id, v.Year, v.Number, AssessmentLabels.Status(v.Status), v.Reason, v.ComputedAt, v.ApprovedAt, v.ApprovedBy))],
            units);
    }
}
