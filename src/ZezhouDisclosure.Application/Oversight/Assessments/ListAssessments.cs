using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>Every year's 考核 versions, latest year and version first.</summary>
public sealed record ListAssessmentsQuery : IQuery<IReadOnlyList<AssessmentRow>>;

public sealed class ListAssessmentsHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListAssessmentsQuery, IReadOnlyList<AssessmentRow>>
{
    public async ValueTask<IReadOnlyList<AssessmentRow>> Handle(ListAssessmentsQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.ViewCountyWide, "只有县政务公开办可以查看年度考核。");
        var rows = await db.Assessments.AsNoTracking().OrderByDescending(a => a.Year).ThenByDescending(a => a.Number)
            .Select(a => new { a.Id, a.Year, a.Number, a.Status, a.Reason, a.ComputedAt, a.ApprovedAt, a.ApprovedBy }).ToListAsync(cancellationToken);
        return [.. rows.Select(a => new AssessmentRow(a.Id, a.Year, a.Number, AssessmentLabels.Status(a.Status), a.Reason, a.ComputedAt, a.ApprovedAt, a.ApprovedBy))];
    }
}
