namespace ZezhouDisclosure.Domain.Common;

/// <summary>Base for every persisted entity: an integer identity assigned by the database.</summary>
public abstract class Entity
{
    public int Id { get; protected set; }
}
