using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// 公众参与 figures of a month (Beijing) for the 月度自查报告: consultations opened and closed, comments received and
/// published, feedbacks published.
/// </summary>
public sealed class ParticipationSelfCheckFigures(IAppDbContext db) : ISelfCheckFigureSource
{
    private const string Group = "公众参与";

    public async Task<IReadOnlyList<SelfCheckFigure>> ForMonthAsync(int? organisationId, int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        // Instants: the month's Beijing bounds in UTC.
        var fromUtc = DateTime.SpecifyKind(first.ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);
        var toUtc = DateTime.SpecifyKind(first.AddMonths(1).ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);
        var consultations = db.Consultations.AsNoTracking()
            .Where(c => c.Status == ConsultationStatus.Published && (organisationId == null || c.OrganisationId == organisationId));
        var comments = db.ConsultationComments.AsNoTracking()
            .Where(c => organisationId == null || c.OrganisationId == organisationId);
        var opened = await consultations.CountAsync(c => c.OpensOn >= first && c.OpensOn <= last, cancellationToken);
        var closed = await consultations.CountAsync(c => c.ClosesOn >= first && c.ClosesOn <= last, cancellationToken);
        var received = await comments.CountAsync(c => c.SubmittedAt >= fromUtc && c.SubmittedAt < toUtc, cancellationToken);
        var published = await comments.CountAsync(c => c.Status == CommentStatus.Published && c.ModeratedAt >= fromUtc && c.ModeratedAt < toUtc, cancellationToken);
        var feedbacks = await consultations.CountAsync(c => c.FeedbackPublishedAt >= fromUtc && c.FeedbackPublishedAt < toUtc, cancellationToken);
        return
        [
            new(Group, "开始征求意见", opened, "项"),
            new(Group, "征求意见截止", closed, "项"),
            new(Group, "收到网民意见", received, "条"),
            new(Group, "公开网民意见", published, "条"),
            new(Group, "公布意见采纳情况", feedbacks, "项"),
        ];
    }
}
