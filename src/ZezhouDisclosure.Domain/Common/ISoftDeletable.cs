namespace ZezhouDisclosure.Domain.Common;

/// <summary>Never physically deleted: hidden by a query filter, restorable, audited.</summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; }
    DateTime? DeletedAt { get; }
    string? DeletedBy { get; }
}
