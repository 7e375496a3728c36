using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// The public page of a published 征求意见: the draft and its notes, whether comments are accepted today (Beijing),
/// the published comments (never the contact details), the feedback once published, and the decision document.
/// </summary>
public sealed record GetPublicConsultationQuery(int Id) : IQuery<PublicConsultation>;

public sealed record PublicConsultation(
    int Id,
    string Title,
    int OrganisationId,
    string OrganisationName,
    string DraftText,
    string? DraftingNotes,
    string? OtherChannels,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    string? ShortPeriodReason,
    bool RequireName,
    DateTime? PublishedAt,
    bool AcceptsComments,
    string Phase,
    IReadOnlyList<PublicCommentRow> Comments,
    FeedbackCounts? Feedback,
    string? FeedbackText,
    DateTime? FeedbackPublishedAt,
    LinkedItem? Decision,
    IReadOnlyList<AttachmentRow> Attachments);

public sealed class GetPublicConsultationHandler(IAppDbContext db, TimeProvider time)
    : IQueryHandler<GetPublicConsultationQuery, PublicConsultation>
{
    public async ValueTask<PublicConsultation> Handle(GetPublicConsultationQuery query, CancellationToken cancellationToken)
    {
        var c = await db.Consultations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == query.Id && x.Status == ConsultationStatus.Published, cancellationToken)
            ?? throw new NotFoundException();
        var organisation = await db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var comments = (await db.ConsultationComments.AsNoTracking()
            .Where(m => m.ConsultationId == c.Id && m.Status == CommentStatus.Published)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Text, m.AuthorName, m.SubmittedAt })
            .ToListAsync(cancellationToken))
            .Select(m => new PublicCommentRow(m.Text, m.AuthorName ?? "匿名", m.SubmittedAt))
            .ToList();
        var decision = c.DecisionDocumentId is int documentId
            ? await db.Documents.Where(d => d.Id == documentId && d.Status == DocumentStatus.Published).Select(d => new LinkedItem(d.Id, d.Title)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var attachments = await ConsultationAttachmentRows.ReadAsync(db, c.Id, cancellationToken);
        var today = ChinaTime.Today(time);
        var published = c.FeedbackStatus == FeedbackStatus.Published;
        return new PublicConsultation(
            c.Id, c.Title, c.OrganisationId, organisation, c.DraftText, c.DraftingNotes, c.OtherChannels, c.OpensOn, c.ClosesOn,
            c.ShortPeriodReason, c.RequireName, c.PublishedAt, c.AcceptsComments(today), ParticipationLabels.Phase(c.OpensOn, c.ClosesOn, today),
            comments, published ? c.Counts : null, published ? c.FeedbackText : null, published ? c.FeedbackPublishedAt : null, decision, attachments);
    }
}
