namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// A capability's demo data (Portal:DemoData), seeded after the core demo accounts, documents and catalogues. Found by
/// scanning this assembly and run in <see cref="Order"/> (then type name), each created with the seeding scope's
/// services. A contributor must be idempotent: it checks whether its data is already there, because seeding runs on
/// every start.
/// </summary>
public interface IDemoDataContributor
{
    /// <summary>Position among contributors (lower first); a contributor that reads another's data comes after it.</summary>
    int Order => 100;

    Task SeedAsync(CancellationToken cancellationToken);
}

internal static class DemoDataContributors
{
    public static IEnumerable<Type> All() => typeof(IDemoDataContributor).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoDataContributor).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
