using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Persistence;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>
/// A published document for its public page, or a withdrawn one (whose page shows only the withdrawal notice);
/// anything else — drafts, not-public approvals, deleted documents — is 404.
/// </summary>
public sealed record GetPublishedDocumentQuery(int Id) : IQuery<PublishedDocument>;

public sealed class GetPublishedDocumentHandler(IAppDbContext db, IPublicReadCache cache) : IQueryHandler<GetPublishedDocumentQuery, PublishedDocument>
{
    public async ValueTask<PublishedDocument> Handle(GetPublishedDocumentQuery query, CancellationToken cancellationToken)
    {
        var result =
            from d in db.Documents.AsNoTracking().PublishedRowsOnly()
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
        // One query for both directions of 解读 links (the page lists the interpretations of a policy and the policies an
        // interpretation explains): each extra query costs about 0.3 ms of EF Core overhead (docs/performance.md).
        var links = await (from l in db.InterpretationLinks.PublishedRowsOnly()
                           where l.PolicyId == document.Id || l.InterpretationId == document.Id
                           join o in db.Documents on (l.PolicyId == document.Id ? l.InterpretationId : l.PolicyId) equals o.Id
                           where o.Status == DocumentStatus.Published
                           orderby o.PublishedAt, o.Id
                           select new { IsInterpretation = l.PolicyId == document.Id, o.Id, o.Title, o.InterpretationForm }).ToListAsync(cancellationToken);
        var interpretations = links.Where(l => l.IsInterpretation).Select(l => new LinkedDocument(l.Id, l.Title, l.InterpretationForm)).ToList();
        var policies = links.Where(l => !l.IsInterpretation).Select(l => new LinkedDocument(l.Id, l.Title, null)).ToList();
        var attachments = await db.DocumentAttachments.AsNoTracking().PublishedRowsOnly()
            .Where(a => a.DocumentId == document.Id)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.Kind, a.Size, a.HasTextLayer, a.DisplayName))
            .ToListAsync(cancellationToken);
        // 名称沿革: a document published before its unit was renamed shows the name it was published under.
        var directory = await OrganisationDirectory.GetAsync(db, cache, cancellationToken);
        var publishedOn = DateOnly.FromDateTime(Domain.Common.ChinaTime.ToBeijing(document.PublishedAt));
        return document with
        {
            OrganisationName = Domain.Organisations.OrganisationNames.NameOn(
                document.OrganisationName, directory.EarlierNames(found.OrganisationId, publishedOn), publishedOn),
            Attachments = attachments,
            JointIssuers = directory.Names(found.JointIssuerIds),
            Interpretations = interpretations,
            Policies = policies,
            InterpretationForm = found.InterpretationForm,
            InterpretingUnit = found.InterpretingUnit,
        };
    }
}
