namespace ZezhouDisclosure.Domain.Common;

/// <summary>
/// An application-managed optimistic concurrency token (works on SQLite, SQL Server and PostgreSQL alike).
/// The persistence layer increments it on every save; a save based on a stale version is refused.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
