using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>A 列席 / 访谈 record in a list.</summary>
public sealed record ParticipationRecordRow(
    int Id, ParticipationRecordKind Kind, string Title, DateOnly HeldOn, int OrganisationId, string OrganisationName, bool IsPublished);

/// <summary>The back-office list of 列席 / 访谈 records: the unit's own, or every unit's for the county office.</summary>
public sealed record ListParticipationRecordsQuery : IQuery<IReadOnlyList<ParticipationRecordRow>>;

public sealed class ListParticipationRecordsHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListParticipationRecordsQuery, IReadOnlyList<ParticipationRecordRow>>
{
    public async ValueTask<IReadOnlyList<ParticipationRecordRow>> Handle(ListParticipationRecordsQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.View, "没有查看公众参与的权限。");
        var countyWide = currentUser.IsCountyWide();
        var own = currentUser.OrganisationIds;
        return await db.ParticipationRecords
            .Where(r => countyWide || own.Contains(r.OrganisationId))
            .OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Take(500)
            .Select(r => new ParticipationRecordRow(r.Id, r.Kind, r.Title, r.HeldOn, r.OrganisationId,
                db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).First(), r.IsPublished))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>One record for its clerk's edit form (403 for another unit's staff).</summary>
public sealed record GetParticipationRecordQuery(int Id) : IQuery<ParticipationRecord>;

public sealed class GetParticipationRecordHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetParticipationRecordQuery, ParticipationRecord>
{
    public async ValueTask<ParticipationRecord> Handle(GetParticipationRecordQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.View, "没有查看公众参与的权限。");
        var record = await db.ParticipationRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (!currentUser.IsCountyWide() && !currentUser.OrganisationIds.Contains(record.OrganisationId))
        {
            throw new ForbiddenException("只能查看本单位的记录。");
        }

        return record;
    }
}
