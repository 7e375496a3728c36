using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>
/// A published document for its public page, or a withdrawn one (whose page shows only the withdrawal notice);
/// anything else — drafts, not-public approvals, deleted documents — is 404.
/// </summary>
public sealed record GetPublishedDocumentQuery(int Id) : IQuery<PublishedDocument>;

public sealed class GetPublishedDocumentHandler(IAppDbContext db) : IQueryHandler<GetPublishedDocumentQuery, PublishedDocument>
{
    public async ValueTask<PublishedDocument> Handle(GetPublishedDocumentQuery query, CancellationToken cancellationToken)
    {
        var result =
            from d in db.Documents.AsNoTracking()
            where d.Id == query.Id && (d.Status == DocumentStatus.Published || d.Status == DocumentStatus.Withdrawn)
            join o in db.Organisations on d.OrganisationId equals o.Id
            join c in db.Columns on d.ColumnId equals c.Id
            from t in db.TopicCategories.Where(t => t.Id == d.TopicCategoryId).DefaultIfEmpty()
            select new
            {
                Document = new PublishedDocument(
                    d.Id, d.Title, d.BodyHtml, d.IndexNumber, t == null ? null : t.Name, o.Name, o.Slug, d.WrittenOn,
                    d.DocumentNumber, d.PublishedAt!.Value, d.Validity, d.Attribute, d.Summary, c.Path, c.Name, d.UpdatedAt,
                    d.Status, d.WithdrawnAt, d.WithdrawalReason, d.Keywords, d.Genre, d.FivePublic, d.IsNormative, d.EffectiveOn, d.ExpiresOn),
                d.InterpretationForm,
                d.InterpretingUnit,
                d.JointIssuerIds,
                d.OrganisationId,
            };
        var found = await result.FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var document = found.Document;
        var interpretations = await (from l in db.InterpretationLinks
                                     where l.PolicyId == document.Id
                                     join i in db.Documents on l.InterpretationId equals i.Id
                                     where i.Status == DocumentStatus.Published
                                     orderby i.PublishedAt
                                     select new LinkedDocument(i.Id, i.Title, i.InterpretationForm)).ToListAsync(cancellationToken);
        var policies = await (from l in db.InterpretationLinks
                              where l.InterpretationId == document.Id
                              join p in db.Documents on l.PolicyId equals p.Id
                              where p.Status == DocumentStatus.Published
                              orderby p.PublishedAt
                              select new LinkedDocument(p.Id, p.Title, null)).ToListAsync(cancellationToken);
        var attachments = await db.DocumentAttachments.AsNoTracking()
            .Where(a => a.DocumentId == document.Id)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.Kind, a.Size, a.HasTextLayer, a.DisplayName))
            .ToListAsync(cancellationToken);
        // 名称沿革: a document published before its unit was renamed shows the name it was published under.
        var publishedOn = Domain.Common.ChinaTime.ToBeijing(document.PublishedAt);
        var earlierNames = await db.OrganisationNameRecords.AsNoTracking()
            .Where(r => r.OrganisationId == found.OrganisationId && r.UsedUntil >= DateOnly.FromDateTime(publishedOn))
            .Select(r => new { r.Name, r.UsedUntil }).ToListAsync(cancellationToken);
        return document with
        {
            OrganisationName = Domain.Organisations.OrganisationNames.NameOn(
                document.OrganisationName, earlierNames.Select(n => (n.Name, n.UsedUntil)), DateOnly.FromDateTime(publishedOn)),
            Attachments = attachments,
            JointIssuers = await JointIssuers.NamesAsync(db, found.JointIssuerIds, cancellationToken),
            Interpretations = interpretations,
            Policies = policies,
            InterpretationForm = found.InterpretationForm,
            InterpretingUnit = found.InterpretingUnit,
        };
    }
}
