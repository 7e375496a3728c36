using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>Who may touch which catalogue, shared by the catalogue handlers.</summary>
internal static class CatalogueAccess
{
    /// <summary>The signed-in township clerk's organisation; refuses clerks of county departments.</summary>
    public static async Task<Organisation> RequireTownshipClerkAsync(
        this IAppDbContext db, ICurrentUser currentUser, CancellationToken ct)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == organisationId, ct);
        if (organisation.Kind != OrganisationKind.Township)
        {
            throw new ForbiddenException("只有乡镇信息员可以编制本乡镇的政务公开事项标准目录。");
        }

        return organisation;
    }

    /// <summary>The clerk's own working catalogue with its areas and rows; 404 when it was never started.</summary>
    public static async Task<TownshipCatalogue> OwnCatalogueAsync(
        this IAppDbContext db, ICurrentUser currentUser, CancellationToken ct)
    {
        var organisation = await db.RequireTownshipClerkAsync(currentUser, ct);
        return await db.TownshipCatalogues.Include(c => c.Areas).Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.OrganisationId == organisation.Id, ct)
            ?? throw new NotFoundException("本乡镇尚未开始编制目录。");
    }

    /// <summary>
    /// Counts any change to the catalogue's areas or rows as a change of the catalogue itself, so that its
    /// <c>Version</c> goes up (the save interceptor raises it) and a form built from an older version is refused.
    /// </summary>
    public static void Touch(this IAppDbContext db, TownshipCatalogue catalogue) =>
        db.Entry(catalogue).Property(c => c.Version).IsModified = true;

    /// <summary>A clerk of one of the area's responsible units (责任单位) maintains the area's template.</summary>
    public static async Task RequireResponsibleClerkAsync(
        this IAppDbContext db, ICurrentUser currentUser, int pilotAreaId, CancellationToken ct)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var responsible = await db.PilotAreas.AsNoTracking()
            .Where(a => a.Id == pilotAreaId)
            .AnyAsync(a => a.Responsibilities.Any(r => r.OrganisationId == organisationId), ct);
        if (!responsible)
        {
            throw new ForbiddenException("只有该领域的责任单位可以维护其标准指引。");
        }
    }

    public static async Task<Dictionary<int, string>> AreaNamesAsync(this IAppDbContext db, CancellationToken ct) =>
        await db.PilotAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);

    public static async Task<TownshipCatalogueDetails> DetailsAsync(
        this IAppDbContext db, TownshipCatalogue catalogue, ICurrentUser currentUser, CancellationToken ct)
    {
        var names = await db.AreaNamesAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == catalogue.OrganisationId, ct);
        string Name(int? id) => id is int areaId ? names.GetValueOrDefault(areaId, "") : CatalogueDiff.CommonArea;
        return new TownshipCatalogueDetails(
            catalogue.Id, catalogue.Version, organisation.Id, organisation.Name, organisation.Slug, catalogue.Status,
            catalogue.ReviewComment, catalogue.SubmittedAt, catalogue.SubmittedBy, catalogue.ReviewedAt, catalogue.ReviewedBy,
            catalogue.PublishedVersionNumber,
            catalogue.Areas.OrderBy(a => a.PilotAreaId)
                .Select(a => new CatalogueAreaRow(a.PilotAreaId, Name(a.PilotAreaId), a.TemplateRevision, a.NotInvolved, a.Explanation))
                .ToList(),
            catalogue.Items.OrderBy(i => i.Number)
                .Select(i => new CatalogueRow(
                    i.Id, i.Number, i.PilotAreaId, Name(i.PilotAreaId), i.ToContent(), i.IsLocal, i.LocallyEdited,
                    i.NotInvolved, i.NotInvolvedExplanation, i.ReviewComment))
                .ToList())
        {
            Allowed = catalogue.Allowed(currentUser.ToActor()),
        };
    }

    public static string Label(this TownshipCatalogue catalogue) => catalogue.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
