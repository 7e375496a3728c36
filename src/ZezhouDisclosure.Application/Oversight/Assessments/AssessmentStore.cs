using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>Loading a 考核 version with its indicators, manual values and scores, checking the caller's version.</summary>
internal static class AssessmentStore
{
    public static async Task<Assessment> LoadAsync(IAppDbContext db, int id, int? version, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments
            .Include(a => a.Indicators).Include(a => a.ManualValues).Include(a => a.Scores)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("考核不存在。");
        if (version is { } expected)
        {
            if (assessment.Version != expected)
            {
                throw new ConflictException("该考核已被他人更新，请刷新后重试。");
            }

            db.Entry(assessment).Property(a => a.Version).OriginalValue = expected;
        }

        return assessment;
    }

    /// <summary>A rule of the entity refused the change: a 409 with its message (the form shows it).</summary>
    public static T Apply<T>(Func<T> change)
    {
        try
        {
            return change();
        }
        catch (Domain.Common.DomainException ex)
        {
            throw new ConflictException(ex.Message);
        }
    }

    public static void Apply(Action change) => Apply(() =>
    {
        change();
        return 0;
    });
}
