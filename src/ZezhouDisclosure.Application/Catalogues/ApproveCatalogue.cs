using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// A county reviewer approves (审定通过) a submitted catalogue: it is published as the township's next version,
/// effective from the given Beijing date (today when none is given). Returns the version number.
/// </summary>
public sealed record ApproveCatalogueCommand(int Id, int Version, DateOnly? EffectiveFrom) : ICommand<int>;

public sealed class ApproveCatalogueHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ApproveCatalogueCommand, int>
{
    public async ValueTask<int> Handle(ApproveCatalogueCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Catalogues.Review, "只有县政务公开办审核员可以审核。");
        var catalogue = await db.TownshipCatalogues.Include(c => c.Areas).Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        if (!catalogue.CanReview())
        {
            throw new ConflictException("该目录不在待审定状态，可能已被其他审核员处理。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var effectiveFrom = command.EffectiveFrom ?? ChinaTime.Today(time);
        db.ExpectVersion(catalogue, command.Version);
        var version = catalogue.Approve(effectiveFrom, await db.AreaNamesAsync(cancellationToken), now, currentUser.UserName);
        db.CatalogueVersions.Add(version);
        db.Audit(CatalogueAuditActions.Approve, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"审定通过目录第{version.Number}版，{effectiveFrom:yyyy-MM-dd}起施行");
        await db.SaveChangesAsync(cancellationToken);
        return version.Number;
    }
}
