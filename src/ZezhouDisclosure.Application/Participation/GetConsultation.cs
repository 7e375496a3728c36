using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The back-office page of one 征求意见: the draft, its state, every comment, the feedback and what the user may do.</summary>
public sealed record GetConsultationQuery(int Id) : IQuery<ConsultationDetails>;

public sealed record ConsultationDetails(
    Consultation Consultation,
    string OrganisationName,
    IReadOnlyList<StaffCommentRow> Comments,
    LinkedItem? Decision,
    AllowedConsultationActions Allowed,
    DateOnly Today,
    IReadOnlyList<AttachmentRow> Attachments);

public sealed class GetConsultationHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<GetConsultationQuery, ConsultationDetails>
{
    public async ValueTask<ConsultationDetails> Handle(GetConsultationQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.View, "没有查看公众参与的权限。");
        var consultation = await db.Consultations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException();
        ConsultationAccess.RequireReader(currentUser, consultation.OrganisationId);

        var organisation = await db.Organisations.Where(o => o.Id == consultation.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var comments = await db.ConsultationComments.AsNoTracking()
            .Where(c => c.ConsultationId == consultation.Id)
            .OrderBy(c => c.Id)
            .Select(c => new StaffCommentRow(c.Id, c.Version, c.Text, c.AuthorName, c.Contact, c.SubmittedAt, c.Status, c.RejectionReason, c.ModeratedBy))
            .ToListAsync(cancellationToken);
        var decision = consultation.DecisionDocumentId is int documentId
            ? await db.Documents.Where(d => d.Id == documentId).Select(d => new LinkedItem(d.Id, d.Title)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var attachments = await ConsultationAttachmentRows.ReadAsync(db, consultation.Id, cancellationToken);
        var today = ChinaTime.Today(time);
        return new ConsultationDetails(consultation, organisation, comments, decision, consultation.Allowed(currentUser.ToActor(), today), today, attachments);
    }
}
