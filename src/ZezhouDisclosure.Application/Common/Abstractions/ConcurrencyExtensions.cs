using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Common.Abstractions;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Makes the next save succeed only if the row still has the version the user loaded; otherwise EF raises
    /// <see cref="DbUpdateConcurrencyException"/> and nothing is overwritten.
    /// </summary>
    public static void ExpectVersion<TEntity>(this IAppDbContext db, TEntity entity, int version)
        where TEntity : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
