namespace ZezhouDisclosure.Domain.Common;

/// <summary>
/// A record that belongs to one organisation. A clerk may only write records of their own organisation;
/// the persistence layer refuses any other write, whatever the caller did.
/// </summary>
public interface IOrganisationOwned
{
    int OrganisationId { get; }
}
