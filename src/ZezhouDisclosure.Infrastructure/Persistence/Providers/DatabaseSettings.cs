using Microsoft.Extensions.Configuration;

namespace ZezhouDisclosure.Infrastructure.Persistence.Providers;

/// <summary>The resolved, validated database settings.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory, bool MigrateOnStartup, int CommandTimeoutSeconds)
{
    public static string MigrationsAssembly(DatabaseProvider provider) => "ZezhouDisclosure.Migrations." + provider;

    /// <summary>Reads and checks the configuration; throws with a message naming the choices when it is wrong.</summary>
    public static DatabaseSettings Resolve(IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var choices = string.Join(", ", Enum.GetNames<DatabaseProvider>());
        if (string.IsNullOrWhiteSpace(options.Provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is not set. Choose one of: {choices} (Sqlite is the embedded default).");
        }

        if (!Enum.TryParse<DatabaseProvider>(options.Provider.Trim(), ignoreCase: true, out var provider)
            || !Enum.IsDefined(provider) || int.TryParse(options.Provider, out _))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{options.Provider}' is not supported. Choose one of: {choices}.");
        }

        var dataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(options.DataDirectory)
            ? Path.Combine(contentRoot, "App_Data")
            : Path.Combine(contentRoot, options.DataDirectory));

        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"ConnectionStrings:Default is required for Database:Provider {provider}.");
            }

            connectionString = "Data Source=" + Path.Combine(dataDirectory, "zezhou.db");
        }

        if (options.CommandTimeoutSeconds is < 1 or > 600)
        {
            throw new InvalidOperationException("Database:CommandTimeoutSeconds must be between 1 and 600.");
        }

        return new DatabaseSettings(
            provider,
            connectionString,
            dataDirectory,
            options.MigrateOnStartup ?? provider == DatabaseProvider.Sqlite,
            options.CommandTimeoutSeconds);
    }
}
