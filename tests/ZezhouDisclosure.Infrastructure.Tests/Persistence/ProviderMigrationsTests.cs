using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Persistence.Interceptors;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;
using ZezhouDisclosure.TestKit;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>
/// One row per database provider: every migration applies to an empty database and the model has no changes that
/// lack a migration (the "added the migration for two providers out of three" mistake).
/// </summary>
public class ProviderMigrationsTests
{
    private static AppDbContext Context(DatabaseProvider provider, string connectionString, TestCurrentUser? user = null)
    {
        user ??= new TestCurrentUser();
        var settings = new DatabaseSettings(provider, connectionString, Path.GetTempPath(), true, 60);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DependencyInjection.UseProvider(options, settings);
        options.AddInterceptors(new AuditingInterceptor(user, TestClock.Create()));
        return new AppDbContext(options.Options, user, SqliteTestDatabase.DataProtection);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ZezhouDisclosure.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [Fact]
    public async Task Sqlite_EmptyDatabase_AllMigrationsApplyAndNoModelChangesArePending()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Sqlite_ReferenceDataSeededTwice_IsNotDuplicated()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var again = database.CreateContext())
        {
            await new ReferenceDataSeeder(again).SeedAsync(CancellationToken.None);
        }

        await using var db = database.CreateContext();
        Assert.Equal(26, await db.PilotAreas.CountAsync());
        Assert.Equal(18, await db.Organisations.CountAsync(o => o.Kind == Domain.Organisations.OrganisationKind.Department));
        Assert.Equal(16, await db.Organisations.CountAsync(o => o.Kind == Domain.Organisations.OrganisationKind.Township && o.ValidTo == null));
        Assert.Equal(3, await db.Organisations.CountAsync(o => o.Kind == Domain.Organisations.OrganisationKind.Township && o.ValidTo != null));
        Assert.Equal(ReferenceData.Columns.Length, await db.Columns.CountAsync());
        Assert.Equal(4, await db.Roles.CountAsync()); // 信息员, 单位负责人, 审核员, 管理员
    }

    [Fact]
    public async Task Sqlite_TownshipsOn2020Notice_AreSeventeenFourteenTownsAndThreeXiang()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var day = new DateOnly(2020, 7, 31);

        var townships = (await db.Organisations.Where(o => o.Kind == Domain.Organisations.OrganisationKind.Township).ToListAsync())
            .Where(o => o.IsActiveOn(day)).ToList();

        Assert.Equal(17, townships.Count);
        Assert.Equal(14, townships.Count(t => t.TownshipType == "镇"));
        Assert.Equal(["南岭乡", "川底乡", "李寨乡"], townships.Where(t => t.TownshipType == "乡").Select(t => t.Name).Order());
        Assert.All(townships.Where(t => t.TownshipType == "乡"), t => Assert.True(t.IsInferred));
    }

    [Fact]
    public async Task Sqlite_PilotAreas_MatchTheSeedAttachment()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var areas = await db.PilotAreas.OrderBy(a => a.Number)
            .Select(a => new { a.Number, a.Name, Units = a.Responsibilities.Select(r => r.Organisation!.Name).ToList() })
            .ToListAsync();

        Assert.Equal("重大建设项目", areas[0].Name);
        Assert.Equal(["泽州县发展和改革局", "泽州县行政审批服务管理局"], areas[0].Units.Order());
        Assert.Equal("税收管理", areas[^1].Name);
        Assert.Equal(["国家税务总局泽州县税务局"], areas[^1].Units);
        Assert.Equal(5, areas.Count(a => a.Units.Contains("泽州县住房和城乡建设管理局")));
        Assert.Equal(Enumerable.Range(1, 26), areas.Select(a => a.Number));
    }

    [Fact]
    public async Task Sqlite_StartedPortalDatabase_IsInWalMode()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [PostgreSqlFact]
    public async Task PostgreSql_EmptyDatabase_AllMigrationsApplyAndRoundTripChineseText()
    {
        var baseConnection = Environment.GetEnvironmentVariable(PostgreSqlFactAttribute.Variable)!;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(baseConnection) { Database = "zd_" + Guid.NewGuid().ToString("N")[..12] };
        var user = new TestCurrentUser();
        await using var db = Context(DatabaseProvider.PostgreSql, builder.ConnectionString, user);
        try
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());

            await new ReferenceDataSeeder(db).SeedAsync(CancellationToken.None);
            var column = await db.Columns.SingleAsync(c => c.Path == "xxgk/zcwj");
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == "gaodu");
            db.Documents.Add(new Document(organisation.Id, new DocumentContentBuilder().InColumn(column.Id).WithTitle("高都镇农村危房改造补助公示").Build()));
            await db.SaveChangesAsync();

            db.ChangeTracker.Clear();
            var saved = await db.Documents.SingleAsync(d => d.Title.Contains("危房"));
            Assert.Equal(DateTimeKind.Utc, saved.CreatedAt.Kind);
            Assert.Equal(1, saved.Version);
            Assert.Equal(26, await db.PilotAreas.CountAsync());
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }

    [SqlServerFact]
    public async Task SqlServer_EmptyDatabase_AllMigrationsApply()
    {
        var baseConnection = Environment.GetEnvironmentVariable(SqlServerFactAttribute.Variable)!;
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(baseConnection) { InitialCatalog = "zd_" + Guid.NewGuid().ToString("N")[..12] };
        await using var db = Context(DatabaseProvider.SqlServer, builder.ConnectionString);
        try
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.SqlServer, "Server=localhost;Database=zd;User Id=sa;Password=x;TrustServerCertificate=true")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=zd;Username=zd;Password=x")]
    public void ServerProvider_Model_HasNoChangesWithoutAMigration(DatabaseProvider provider, string connectionString)
    {
        using var db = Context(provider, connectionString);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory]
    [InlineData(DatabaseProvider.SqlServer, "Server=localhost;Database=zd;User Id=sa;Password=x;TrustServerCertificate=true", "sqlserver.sql", "CREATE TABLE [Documents]")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=zd;Username=zd;Password=x", "postgresql.sql", "CREATE TABLE \"Documents\"")]
    public void ServerProvider_IdempotentScript_IsCommittedUpToDateAndCreatesEveryTable(
        DatabaseProvider provider, string connectionString, string file, string documentsTable)
    {
        using var db = Context(provider, connectionString);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "db", file));

        Assert.Contains(documentsTable, script);
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct())
        {
            Assert.Contains(table!, script);
        }

        Assert.Equal(Normalise(script), Normalise(committed));
    }

    private static string Normalise(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Trim();
}
