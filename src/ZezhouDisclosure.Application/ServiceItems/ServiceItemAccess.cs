using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>The checks the service-item use cases share: who may act on which item, and rules as field errors.</summary>
internal static class ServiceItemAccess
{
    /// <summary>The clerk's own item (others are outside the filter: 404).</summary>
    public static async Task<ServiceItem> ClerkItemAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ServiceItems.Draft, "只有信息员可以编写办事指南。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var item = await db.ServiceItems.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (item.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能处理本单位的办事指南。");
        }

        return item;
    }

    /// <summary>An item waiting for the signed-in unit head's sign-off.</summary>
    public static async Task<ServiceItem> UnitHeadItemAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ServiceItems.ApproveInUnit, "只有本单位负责人可以进行单位审核。");
        var item = await db.ServiceItems.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (!currentUser.ToActor().IsUnitHeadOf(item.OrganisationId))
        {
            throw new ForbiddenException("只能审核本单位的办事指南。");
        }

        if (!item.CanSignOffInUnit())
        {
            throw new ConflictException("该办事指南不在待单位审核状态，可能已被撤回或处理。");
        }

        return item;
    }

    /// <summary>An item waiting for the county office.</summary>
    public static async Task<ServiceItem> ReviewItemAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ServiceItems.Review, "只有县政务公开办审核员可以审核办事指南。");
        var item = await db.ServiceItems.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (!item.CanReview())
        {
            throw new ConflictException("该办事指南不在待审核状态，可能已被撤回或处理。");
        }

        return item;
    }

    /// <summary>Every rule the guide breaks, as field errors (the form shows them all at once).</summary>
    public static void EnsureValid(ServiceGuide guide)
    {
        var problems = ServiceGuideRules.Check(guide.Normalised());
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure(p.Field, p.Message)));
        }
    }

    /// <summary>Runs an entity rule and shows its refusal on a form field instead of an error page.</summary>
    public static void OnField(string field, Action rule)
    {
        try
        {
            rule();
        }
        catch (DomainException ex)
        {
            throw new ValidationException([new ValidationFailure(field, ex.Message)]);
        }
    }
}
