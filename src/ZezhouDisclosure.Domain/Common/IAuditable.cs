namespace ZezhouDisclosure.Domain.Common;

/// <summary>Stamped with who created and last changed the row, and when (UTC), by the persistence layer.</summary>
public interface IAuditable
{
    DateTime CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTime? UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}
