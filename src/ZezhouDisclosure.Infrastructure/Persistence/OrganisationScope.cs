using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Infrastructure.Persistence;

/// <summary>
/// Implemented by the <see cref="IEntityTypeConfiguration{TEntity}"/> of an <see cref="IOrganisationOwned"/> entity
/// whose rows outside the reader's organisation scope are still readable by everyone (a published document). The
/// organisation-scope filter becomes "in scope OR <see cref="PublicRows"/>".
/// </summary>
internal interface IOrganisationScopePublicRows<TEntity>
    where TEntity : class, IOrganisationOwned
{
    /// <summary>The rows everybody may read, whatever the scope. The context parameter is the querying context.</summary>
    Expression<Func<AppDbContext, TEntity, bool>> PublicRows { get; }
}

/// <summary>
/// Implemented by the <see cref="IEntityTypeConfiguration{TEntity}"/> of an entity that is not
/// <see cref="IOrganisationOwned"/> itself but belongs to an owned parent (a catalogue's rows, a case's consultations):
/// it gets the organisation-scope filter of its parent's organisation.
/// </summary>
internal interface IOrganisationScopeFollowsParent<TEntity>
    where TEntity : class
{
    /// <summary>The organisation of the row's parent, as a query (one value, or none when the parent is out of reach).</summary>
    Expression<Func<AppDbContext, TEntity, IQueryable<int>>> ParentOrganisation { get; }
}

/// <summary>
/// The one documented list of <see cref="IOrganisationOwned"/> entities that get no organisation-scope read filter,
/// each with its reason. Everything else owned by an organisation is filtered by <see cref="OrganisationScopeConvention"/>;
/// an architecture test holds the model to that.
/// </summary>
public static class OrganisationScopeOptOuts
{
    public static IReadOnlyDictionary<Type, string> Reasons { get; } = new Dictionary<Type, string>
    {
        [typeof(CatalogueVersion)] =
            "A published, approved township catalogue (审定通过) frozen as it was approved: the public reads every version, "
            + "the newest and the history, and a clerk reads other townships' published catalogues like anyone else. "
            + "Working drafts are TownshipCatalogue, which is filtered.",
    };
}

/// <summary>
/// The organisation-scope rule, applied by convention: every entity type implementing <see cref="IOrganisationOwned"/>
/// gets the named query filter <see cref="AppDbContext.OrganisationScopeFilter"/> = "the reader's scope is county-wide,
/// or contains the row's OrganisationId", OR-ed with the entity's public rows when its configuration implements
/// <see cref="IOrganisationScopePublicRows{TEntity}"/>; child entities whose configuration implements
/// <see cref="IOrganisationScopeFollowsParent{TEntity}"/> get the same test on their parent's organisation. Entities on
/// <see cref="OrganisationScopeOptOuts"/> are left unfiltered.
/// </summary>
/// <remarks>
/// The filters reference the context instance (<see cref="AppDbContext.RecordScope"/>), never a captured value, so one
/// cached model serves every user: EF evaluates the scope per query into parameters (a flag and the id collection).
/// </remarks>
internal static class OrganisationScopeConvention
{
    public static void Apply(ModelBuilder builder, AppDbContext context)
    {
        var hooks = HooksByEntity();
        var contextConstant = Expression.Constant(context, typeof(AppDbContext));
        foreach (var entityType in builder.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned()).ToList())
        {
            var clrType = entityType.ClrType;
            var hook = hooks.GetValueOrDefault(clrType);
            LambdaExpression? filter = null;
            if (typeof(IOrganisationOwned).IsAssignableFrom(clrType))
            {
                if (OrganisationScopeOptOuts.Reasons.ContainsKey(clrType))
                {
                    continue;
                }

                filter = OwnedFilter(context, contextConstant, clrType, hook is null ? null : PublicRows(hook, clrType));
            }
            else if (hook is not null && FollowsParent(hook, clrType) is { } parentOrganisation)
            {
                filter = ChildFilter(context, contextConstant, clrType, parentOrganisation);
            }

            if (filter is not null)
            {
                builder.Entity(clrType).HasQueryFilter(AppDbContext.OrganisationScopeFilter, filter);
            }
        }
    }

    /// <summary>e => scope.IsCountyWide || scope.OrganisationIds.Contains(e.OrganisationId) [|| publicRows(context, e)]</summary>
    private static LambdaExpression OwnedFilter(AppDbContext context, Expression contextConstant, Type clrType, LambdaExpression? publicRows)
    {
        var row = Expression.Parameter(clrType, "e");
        var inScope = Substitute(context.InScope, Expression.Property(row, nameof(IOrganisationOwned.OrganisationId)));
        var body = publicRows is null
            ? inScope
            : Expression.OrElse(inScope, Substitute(publicRows, contextConstant, row));
        return Expression.Lambda(body, row);
    }

    /// <summary>e => scope.IsCountyWide || parentOrganisation(context, e).Any(id => scope.OrganisationIds.Contains(id))</summary>
    private static LambdaExpression ChildFilter(AppDbContext context, Expression contextConstant, Type clrType, LambdaExpression parentOrganisation)
    {
        var row = Expression.Parameter(clrType, "e");
        var body = Substitute(context.ParentInScope, Substitute(parentOrganisation, contextConstant, row));
        return Expression.Lambda(body, row);
    }

    private static LambdaExpression? PublicRows(object hook, Type clrType)
    {
        var contract = typeof(IOrganisationScopePublicRows<>).MakeGenericType(clrType);
        return contract.IsInstanceOfType(hook)
            ? (LambdaExpression)contract.GetProperty(nameof(IOrganisationScopePublicRows<>.PublicRows))!.GetValue(hook)!
            : null;
    }

    private static LambdaExpression? FollowsParent(object hook, Type clrType)
    {
        var contract = typeof(IOrganisationScopeFollowsParent<>).MakeGenericType(clrType);
        return contract.IsInstanceOfType(hook)
            ? (LambdaExpression)contract.GetProperty(nameof(IOrganisationScopeFollowsParent<>.ParentOrganisation))!.GetValue(hook)!
            : null;
    }

    /// <summary>The entity configurations of this assembly that declare a scope hook, by the entity they configure.</summary>
    private static Dictionary<Type, object> HooksByEntity()
    {
        var hooks = new Dictionary<Type, object>();
        foreach (var type in typeof(AppDbContext).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IOrganisationScopePublicRows<>)
                    || i.GetGenericTypeDefinition() == typeof(IOrganisationScopeFollowsParent<>))))
            {
                var entity = contract.GetGenericArguments()[0];
                if (!hooks.TryGetValue(entity, out var existing))
                {
                    hooks[entity] = Activator.CreateInstance(type, nonPublic: true)!;
                }
                else if (existing.GetType() != type)
                {
                    throw new InvalidOperationException($"Two organisation-scope hooks for {entity.Name}: {existing.GetType().Name} and {type.Name}.");
                }
            }
        }

        return hooks;
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameters replaced by <paramref name="arguments"/>.</summary>
    private static Expression Substitute(LambdaExpression lambda, params Expression[] arguments)
    {
        var map = lambda.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second);
        return new ParameterReplacer(map).Visit(lambda.Body);
    }

    private sealed class ParameterReplacer(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
    }
}
