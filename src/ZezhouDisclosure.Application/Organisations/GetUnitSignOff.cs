using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>An organisation's 单位内审核 setting as it applies now (its own, or its kind's default), for the toggle's form.</summary>
public sealed record GetUnitSignOffQuery(int Id) : IQuery<SetUnitSignOffCommand>;

public sealed class GetUnitSignOffHandler(IAppDbContext db) : IQueryHandler<GetUnitSignOffQuery, SetUnitSignOffCommand>
{
    public async ValueTask<SetUnitSignOffCommand> Handle(GetUnitSignOffQuery query, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        return new SetUnitSignOffCommand(organisation.Id, organisation.Version, organisation.RequiresUnitSignOff);
    }
}
