using Microsoft.Extensions.Configuration;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

public class DatabaseSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MySql")]
    [InlineData("1")]
    public void Resolve_MissingOrUnknownProvider_StopsNamingTheChoices(string? provider)
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            DatabaseSettings.Resolve(Config(("Database:Provider", provider)), "/srv/portal"));

        Assert.Contains("Sqlite, SqlServer, PostgreSql", exception.Message);
    }

    [Fact]
    public void Resolve_SqliteWithoutConnectionString_UsesAFileInTheDataDirectoryAndMigratesOnStart()
    {
        var settings = DatabaseSettings.Resolve(Config(("Database:Provider", "sqlite")), "/srv/portal");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("/srv/portal/App_Data", settings.DataDirectory);
        Assert.Equal("Data Source=/srv/portal/App_Data/zezhou.db", settings.ConnectionString);
        Assert.True(settings.MigrateOnStartup);
    }

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("PostgreSql")]
    public void Resolve_ServerProviderWithoutConnectionString_Stops(string provider)
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            DatabaseSettings.Resolve(Config(("Database:Provider", provider)), "/srv/portal"));

        Assert.Contains("ConnectionStrings:Default", exception.Message);
    }

    [Fact]
    public void Resolve_ServerProvider_DoesNotMigrateOnStartByDefault()
    {
        var settings = DatabaseSettings.Resolve(
            Config(("Database:Provider", "PostgreSql"), ("ConnectionStrings:Default", "Host=db;Database=zd")), "/srv/portal");

        Assert.False(settings.MigrateOnStartup);
        Assert.Equal("ZezhouDisclosure.Migrations.PostgreSql", DatabaseSettings.MigrationsAssembly(settings.Provider));
    }
}
