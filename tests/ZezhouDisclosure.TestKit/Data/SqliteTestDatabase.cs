using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using ZezhouDisclosure.Infrastructure.Caching;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Persistence.Interceptors;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.TestKit.Data;

/// <summary>
/// A SQLite database file with the real SQLite migrations applied and the reference data seeded, for handler tests.
/// Each instance is its own database; contexts share one settable user and one fake clock.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly string _directory;

    private SqliteTestDatabase(string directory)
    {
        _directory = directory;
        ConnectionString = $"Data Source={Path.Combine(directory, "test.db")};Pooling=False";
    }

    /// <summary>
    /// One throw-away Data Protection provider for all test databases of the process (EF caches one model per provider).
    /// </summary>
    public static IDataProtectionProvider DataProtection { get; } = new EphemeralDataProtectionProvider();

    public string ConnectionString { get; }

    public TestCurrentUser User { get; } = new();

    public FakeTimeProvider Time { get; } = TestClock.Create();

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "zd-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = new SqliteTestDatabase(directory);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        await new ReferenceDataSeeder(db).SeedAsync(CancellationToken.None);
        await new HolidayCalendarSeeder(db).SeedAsync(CancellationToken.None);
        await new CatalogueTemplateSeeder(db).SeedAsync(CancellationToken.None);
        return database;
    }

    /// <summary>An empty public read cache on this database's clock, as handlers on the public read path take it.</summary>
    public PublicReadCache CreateReadCache() => new(Time, new PublicReadCacheOptions());

    /// <summary>A new context as the current <see cref="User"/> (set the user before creating it).</summary>
    public AppDbContext CreateContext(params IInterceptor[] interceptors)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, ConnectionString, _directory, true, 30);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Infrastructure.DependencyInjection.UseProvider(options, settings);
        options.AddInterceptors(new AuditingInterceptor(User, Time));
        options.AddInterceptors(interceptors);
        return new AppDbContext(options.Options, User, DataProtection);
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on this platform: the OS temp cleaner removes it later.
        }

        return ValueTask.CompletedTask;
    }
}
