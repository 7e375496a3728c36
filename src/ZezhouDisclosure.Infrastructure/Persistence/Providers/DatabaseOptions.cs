namespace ZezhouDisclosure.Infrastructure.Persistence.Providers;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite | SqlServer | PostgreSql. Required: a missing or unknown value stops start-up.</summary>
    public string? Provider { get; set; }

    /// <summary>Where the SQLite file and logs live; default <c>App_Data</c> under the content root (never wwwroot).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Apply migrations when the portal starts. Default: on for SQLite, off for server databases.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Seconds a command may run before it is abandoned (public pages must fail fast).</summary>
    public int CommandTimeoutSeconds { get; set; } = 15;
}
