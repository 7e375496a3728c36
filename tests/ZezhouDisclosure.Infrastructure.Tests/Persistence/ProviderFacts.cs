namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>Runs only when ZD_TEST_POSTGRES holds a connection string (./test.sh starts a throwaway server); skipped otherwise, never passed.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public const string Variable = "ZD_TEST_POSTGRES";

    public PostgreSqlFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"No PostgreSQL server: set {Variable} (./test.sh does) to run this provider row.";
        }
    }
}

/// <summary>Runs only when ZD_TEST_SQLSERVER holds a connection string; no SQL Server can run on this project's machines.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "ZD_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"No SQL Server here: set {Variable} to run the live row (its SQL is checked by SqlServer_* script tests).";
        }
    }
}
