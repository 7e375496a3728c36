using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Organisations;

public sealed record GetOrganisationForEditingQuery(int Id) : IQuery<UpdateOrganisationCommand>;

public sealed class GetOrganisationForEditingHandler(IAppDbContext db) : IQueryHandler<GetOrganisationForEditingQuery, UpdateOrganisationCommand>
{
    public async ValueTask<UpdateOrganisationCommand> Handle(GetOrganisationForEditingQuery query, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == query.Id)
            .Select(o => new UpdateOrganisationCommand(o.Id, o.Version, o.Name, o.IndexCode, o.Address, o.Phone, o.OfficeHours, o.SortOrder, o.LegalName, o.NoticeNumberPattern))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("单位不存在。");
}
