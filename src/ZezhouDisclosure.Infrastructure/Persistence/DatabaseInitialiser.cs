using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.Infrastructure.Persistence;

/// <summary>Brings the database up to date and seeds reference (and optionally demo) data.</summary>
public static class DatabaseInitialiser
{
    /// <param name="services">The application's root services.</param>
    /// <param name="migrate">Apply pending migrations (the <c>migrate</c> command, or MigrateOnStartup).</param>
    /// <param name="demoData">Seed demo accounts and documents (Portal:DemoData).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task InitialiseDatabaseAsync(
        this IServiceProvider services, bool migrate, bool demoData, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var settings = provider.GetRequiredService<DatabaseSettings>();
        var db = provider.GetRequiredService<AppDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitialiser));
        // Each step's wall and CPU time (the CPU figure stays meaningful on a busy machine; docs/performance.md).
        var clock = Stopwatch.StartNew();
        var cpu = ProcessCpuTime();
        void Timed(string step)
        {
            var now = ProcessCpuTime();
            logger.LogInformation("Start-up: {Step} in {Milliseconds} ms ({CpuMilliseconds:0} ms of CPU)", step, clock.ElapsedMilliseconds, (now - cpu).TotalMilliseconds);
            clock.Restart();
            cpu = now;
        }

        _ = db.Model; // built once per process; timed apart from the migrations check that would otherwise include it
        Timed("EF Core model built");

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(settings.DataDirectory);
        }

        if (migrate)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to the {Provider} database", pending.Count, settings.Provider);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        else
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                var script = settings.Provider == DatabaseProvider.Sqlite
                    ? ""
                    : $" or apply deploy/db/{settings.Provider.ToString().ToLowerInvariant()}.sql";
                throw new InvalidOperationException(
                    $"The {settings.Provider} database has {pending.Count} pending migration(s) ({string.Join(", ", pending)}). " +
                    $"Run `dotnet run --project src/ZezhouDisclosure.Web -- migrate`{script} first.");
            }
        }

        Timed("migrations checked");
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL: readers never wait for the writer; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // The key ring lives in this database. Make sure it has a key now, outside any transaction: the first
        // encryption otherwise creates one from inside a SaveChanges (an encrypted contact in demo data, or the first
        // request's), whose SQLite write lock the key store's own connection would then wait on.
        provider.GetService<IDataProtectionProvider>()?.CreateProtector("ZezhouDisclosure.KeyRing.Warm-up").Protect([1]);
        Timed("key ring ready");

        await new ReferenceDataSeeder(db).SeedAsync(cancellationToken);
        Timed("reference data seeded");
        await new HolidayCalendarSeeder(db).SeedAsync(cancellationToken);
        Timed("holiday calendar seeded");
        await new CatalogueTemplateSeeder(db).SeedAsync(cancellationToken);
        Timed("catalogue templates seeded");
        if (demoData)
        {
            await ActivatorUtilities.CreateInstance<DemoDataSeeder>(provider).SeedAsync(cancellationToken);
            await ActivatorUtilities.CreateInstance<DemoCatalogueSeeder>(provider).SeedAsync(cancellationToken);
            var contributors = DemoDataContributors.All()
                .Select(type => (IDemoDataContributor)ActivatorUtilities.CreateInstance(provider, type))
                .OrderBy(c => c.Order);
            foreach (var contributor in contributors)
            {
                await contributor.SeedAsync(cancellationToken);
            }

            logger.LogWarning("Demo data is on (Portal:DemoData): demo accounts exist. Never enable this in production.");
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Without statistics SQLite's planner picks poor indexes on large tables (a full scan of the published
            // documents for the 解读 lookup, docs/performance.md). 0x10002: analyse every table that needs it, now,
            // with a bounded effort; cheap when nothing changed.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
            Timed("statistics optimised");
        }
    }

    private static TimeSpan ProcessCpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
