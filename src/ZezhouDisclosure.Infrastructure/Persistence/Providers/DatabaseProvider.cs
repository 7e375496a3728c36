namespace ZezhouDisclosure.Infrastructure.Persistence.Providers;

/// <summary>The supported databases, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
