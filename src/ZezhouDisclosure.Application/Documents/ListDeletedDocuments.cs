using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>The recycle bin: deleted documents, newest deletion first (county office only).</summary>
public sealed record ListDeletedDocumentsQuery : IQuery<IReadOnlyList<DeletedDocumentRow>>;

public sealed record DeletedDocumentRow(int Id, string Title, string OrganisationName, DateTime? DeletedAt, string? DeletedBy);

public sealed class ListDeletedDocumentsHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListDeletedDocumentsQuery, IReadOnlyList<DeletedDocumentRow>>
{
    public async ValueTask<IReadOnlyList<DeletedDocumentRow>> Handle(ListDeletedDocumentsQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsCountyWide())
        {
            throw new ForbiddenException("只有县政务公开办和管理员可以查看回收站。");
        }

        return await (from d in db.Documents.IgnoreQueryFilters().AsNoTracking()
                      where d.IsDeleted
                      join o in db.Organisations on d.OrganisationId equals o.Id
                      orderby d.DeletedAt descending
                      select new DeletedDocumentRow(d.Id, d.Title, o.Name, d.DeletedAt, d.DeletedBy)).ToListAsync(cancellationToken);
    }
}
