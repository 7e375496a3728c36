using System.Globalization;
using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// A document with its history, for its own organisation's clerks and the county office. Another organisation's
/// clerk is refused even when the document is published.
/// </summary>
public sealed record GetStaffDocumentQuery(int Id) : IQuery<StaffDocument>;

public sealed class GetStaffDocumentHandler(IAppDbContext db, ICurrentUser currentUser, IPublicReadCache cache)
    : IQueryHandler<GetStaffDocumentQuery, StaffDocument>
{
    public async ValueTask<StaffDocument> Handle(GetStaffDocumentQuery query, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .Where(d => d.Id == query.Id)
            .Select(d => new
            {
                Document = d,
                OrganisationName = db.Organisations.Where(o => o.Id == d.OrganisationId).Select(o => o.Name).First(),
                ColumnName = db.Columns.Where(c => c.Id == d.ColumnId).Select(c => c.Name).First(),
                ColumnKind = db.Columns.Where(c => c.Id == d.ColumnId).Select(c => c.Kind).First(),
                TopicCategoryName = db.TopicCategories.Where(t => t.Id == d.TopicCategoryId).Select(t => t.Name).FirstOrDefault(),
                RequiresUnitSignOff = db.Organisations.Where(o => o.Id == d.OrganisationId)
                    .Select(o => o.UnitSignOff ?? (o.Kind == OrganisationKind.Department || o.Kind == OrganisationKind.Township)).First(),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();

        var d = document.Document;
        if (!currentUser.RecordScope().Includes(d.OrganisationId))
        {
            throw new ForbiddenException("只能查看本单位的信息。");
        }

        var entityId = d.Id.ToString(CultureInfo.InvariantCulture);
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Document" && a.EntityId == entityId)
            .OrderBy(a => a.Id)
            .Select(a => new AuditLine(a.At, a.UserName, a.Action, a.Summary))
            .ToListAsync(cancellationToken);

        var policies = await (from l in db.InterpretationLinks where l.InterpretationId == d.Id
                              join p in db.Documents on l.PolicyId equals p.Id
                              select new { p.Id, p.Title }).ToListAsync(cancellationToken);
        var interpretations = await (from l in db.InterpretationLinks where l.PolicyId == d.Id
                                     join i in db.Documents on l.InterpretationId equals i.Id
                                     select new { i.Id, i.Title }).ToListAsync(cancellationToken);
        var attachments = await db.DocumentAttachments.AsNoTracking()
            .Where(a => a.DocumentId == d.Id)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.Kind, a.Size, a.HasTextLayer, a.DisplayName))
            .ToListAsync(cancellationToken);
        var jointIssuers = (await OrganisationDirectory.GetAsync(db, cache, cancellationToken)).Names(d.JointIssuerIds);
        return new StaffDocument(
            d.Id, d.Version, d.OrganisationId, document.OrganisationName, d.ColumnId, document.ColumnName,
            d.TopicCategoryId, d.Title, d.BodyHtml, d.DocumentNumber, d.WrittenOn, d.Summary, d.Attribute, d.Ground,
            d.Reason, d.Status, d.IndexNumber, d.PublishedAt, d.SubmittedAt, d.SubmittedBy, d.ReviewedAt, d.ReviewedBy,
            d.ReviewComment, d.CreatedAt, d.CreatedBy, d.IsEditable, history)
        {
            Keywords = d.Keywords,
            Genre = d.Genre,
            FivePublic = d.FivePublic,
            Validity = d.Validity,
            IsNormative = d.IsNormative,
            EffectiveOn = d.EffectiveOn,
            ExpiresOn = d.ExpiresOn,
            WithdrawalReason = d.WithdrawalReason,
            WithdrawnAt = d.WithdrawnAt,
            RevisionCount = d.RevisionCount,
            ScheduledAt = d.ScheduledAt,
            AwaitingPostReview = d.AwaitingPostReview,
            RequiresFiling = d.RequiresFiling,
            FilingAcknowledgedAt = d.FilingAcknowledgedAt,
            FilingAcknowledgedBy = d.FilingAcknowledgedBy,
            Allowed = d.Allowed(currentUser.ToActor()),
            ColumnKind = document.ColumnKind,
            TopicCategoryName = document.TopicCategoryName,
            RequiresUnitSignOff = document.RequiresUnitSignOff,
            IsPolicy = d.IsPolicy,
            UnitApprovedAt = d.UnitApprovedAt,
            UnitApprovedBy = d.UnitApprovedBy,
            ReturnedAtRevision = d.ReturnedAtRevision,
            PublishedAtRevision = d.PublishedAtRevision,
            InterpretationForm = d.InterpretationForm,
            InterpretationChannels = d.InterpretationChannels,
            InterpretingUnit = d.InterpretingUnit,
            NoInterpretationReason = d.NoInterpretationReason,
            LinkedPolicies = policies.Select(p => (p.Id, p.Title)).ToList(),
            LinkedInterpretations = interpretations.Select(i => (i.Id, i.Title)).ToList(),
            Attachments = attachments,
            JointIssuerIds = d.JointIssuerIds,
            JointIssuerNames = jointIssuers,
        };
    }
}
