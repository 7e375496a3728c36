using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A published 参与事项目录 as the public sees it. An amended one (<see cref="Revision"/> above 1) carries its reason; a
/// superseded one (<see cref="SupersededAt"/>) is still readable and points to the version in force.
/// </summary>
public sealed record PublicParticipationCatalogue(
    int Id, int Year, int OrganisationId, string OrganisationName, string Scope, string Methods, string Channels,
    DateTime? PublishedAt, IReadOnlyList<PublicParticipationItem> Items)
{
    public int Revision { get; init; } = 1;

    public string? AmendmentReason { get; init; }

    public DateTime? SupersededAt { get; init; }

    /// <summary>The other published versions of the unit's catalogue for the year, newest first.</summary>
    public IReadOnlyList<PublicCatalogueVersion> Versions { get; init; } = [];
}

/// <summary>One published version of a unit's 参与事项目录 for a year; <see cref="IsCurrent"/> for the one in force.</summary>
public sealed record PublicCatalogueVersion(int Id, int Revision, DateTime? PublishedAt, string? AmendmentReason, bool IsCurrent);

public sealed record PublicParticipationItem(int Number, string Title, ParticipationMethod Method, string Channel, string? PlannedTime);

/// <summary>A unit's published 参与事项目录, newest year first (the first carries the standing rules in force).</summary>
public sealed record ListPublicParticipationCataloguesQuery(int OrganisationId) : IQuery<IReadOnlyList<PublicParticipationCatalogue>>;

public sealed class ListPublicParticipationCataloguesHandler(IAppDbContext db)
    : IQueryHandler<ListPublicParticipationCataloguesQuery, IReadOnlyList<PublicParticipationCatalogue>>
{
    public async ValueTask<IReadOnlyList<PublicParticipationCatalogue>> Handle(ListPublicParticipationCataloguesQuery query, CancellationToken cancellationToken)
    {
        var catalogues = await db.ParticipationCatalogues.AsNoTracking().Include(c => c.Items)
            .Where(c => c.OrganisationId == query.OrganisationId && c.Status == ParticipationCatalogueStatus.Published)
            .OrderByDescending(c => c.Year)
            .ToListAsync(cancellationToken);
        var name = await db.Organisations.Where(o => o.Id == query.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return [.. catalogues.Select(c => PublicParticipation.Of(c, name))];
    }
}

/// <summary>One published 参与事项目录, current or superseded, with the year's other versions (404 unless published).</summary>
public sealed record GetPublicParticipationCatalogueQuery(int Id) : IQuery<PublicParticipationCatalogue>;

public sealed class GetPublicParticipationCatalogueHandler(IAppDbContext db)
    : IQueryHandler<GetPublicParticipationCatalogueQuery, PublicParticipationCatalogue>
{
    public async ValueTask<PublicParticipationCatalogue> Handle(GetPublicParticipationCatalogueQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await db.ParticipationCatalogues.AsNoTracking().Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.Id == query.Id
                && (c.Status == ParticipationCatalogueStatus.Published || c.Status == ParticipationCatalogueStatus.Superseded), cancellationToken)
            ?? throw new NotFoundException("您访问的参与事项目录不存在或尚未发布。");
        var name = await db.Organisations.Where(o => o.Id == catalogue.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var versions = await db.ParticipationCatalogues.AsNoTracking()
            .Where(c => c.OrganisationId == catalogue.OrganisationId && c.Year == catalogue.Year && c.Id != catalogue.Id
                && (c.Status == ParticipationCatalogueStatus.Published || c.Status == ParticipationCatalogueStatus.Superseded))
            .OrderByDescending(c => c.Revision)
            .Select(c => new PublicCatalogueVersion(c.Id, c.Revision, c.PublishedAt, c.AmendmentReason, c.Status == ParticipationCatalogueStatus.Published))
            .ToListAsync(cancellationToken);
        return PublicParticipation.Of(catalogue, name) with
        {
            Revision = catalogue.Revision,
            AmendmentReason = catalogue.AmendmentReason,
            SupersededAt = catalogue.Status == ParticipationCatalogueStatus.Superseded ? catalogue.SupersededAt : null,
            Versions = versions,
        };
    }
}

/// <summary>Published 列席 records or 访谈 records (<see cref="Attendance"/>), county-wide or one unit's, newest first.</summary>
public sealed record ListPublicParticipationRecordsQuery(bool Attendance, int? OrganisationId = null) : IQuery<IReadOnlyList<ParticipationRecordRow>>;

public sealed class ListPublicParticipationRecordsHandler(IAppDbContext db)
    : IQueryHandler<ListPublicParticipationRecordsQuery, IReadOnlyList<ParticipationRecordRow>>
{
    public async ValueTask<IReadOnlyList<ParticipationRecordRow>> Handle(ListPublicParticipationRecordsQuery query, CancellationToken cancellationToken) =>
        await db.ParticipationRecords.AsNoTracking()
            .Where(r => r.IsPublished)
            .Where(r => query.Attendance ? r.Kind == ParticipationRecordKind.Attendance : r.Kind != ParticipationRecordKind.Attendance)
            .Where(r => query.OrganisationId == null || r.OrganisationId == query.OrganisationId)
            .OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Take(200)
            .Select(r => new ParticipationRecordRow(r.Id, r.Kind, r.Title, r.HeldOn, r.OrganisationId,
                db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).First(), r.IsPublished))
            .ToListAsync(cancellationToken);
}

/// <summary>One published record with its unit and decision document (404 unless published).</summary>
public sealed record GetPublicParticipationRecordQuery(int Id) : IQuery<PublicParticipationRecord>;

public sealed record PublicParticipationRecord(ParticipationRecord Record, string OrganisationName, LinkedItem? Decision);

public sealed class GetPublicParticipationRecordHandler(IAppDbContext db)
    : IQueryHandler<GetPublicParticipationRecordQuery, PublicParticipationRecord>
{
    public async ValueTask<PublicParticipationRecord> Handle(GetPublicParticipationRecordQuery query, CancellationToken cancellationToken)
    {
        var record = await db.ParticipationRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.Id && r.IsPublished, cancellationToken)
            ?? throw new NotFoundException("您访问的记录不存在或尚未发布。");
        var name = await db.Organisations.Where(o => o.Id == record.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var decision = record.DecisionDocumentId is int documentId
            ? await db.Documents.Where(d => d.Id == documentId && d.Status == DocumentStatus.Published)
                .Select(d => new LinkedItem(d.Id, d.Title)).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new PublicParticipationRecord(record, name, decision);
    }
}

internal static class PublicParticipation
{
    public static PublicParticipationCatalogue Of(ParticipationCatalogue c, string organisationName) => new(
        c.Id, c.Year, c.OrganisationId, organisationName, c.Scope, c.Methods, c.Channels, c.PublishedAt,
        [.. c.Items.OrderBy(i => i.Number).Select(i => new PublicParticipationItem(i.Number, i.Title, i.Method, i.Channel, i.PlannedTime))]);
}
