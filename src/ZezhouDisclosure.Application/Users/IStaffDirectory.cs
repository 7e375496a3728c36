namespace ZezhouDisclosure.Application.Users;

/// <summary>Who to tell about a case: the e-mail addresses of a unit's staff (implemented over Identity in Infrastructure).</summary>
public interface IStaffDirectory
{
    /// <summary>
    /// The addresses of the enabled accounts bound to <paramref name="organisationId"/> whose role grants
    /// <paramref name="permission"/> and that have an e-mail address; empty when there are none.
    /// </summary>
    Task<IReadOnlyList<string>> EmailsAsync(int organisationId, string permission, CancellationToken cancellationToken);

    /// <summary>
    /// The organisations with at least one enabled account whose role grants <paramref name="permission"/> and that has
    /// an e-mail address: the units whose staff a notification reaches.
    /// </summary>
    Task<IReadOnlyCollection<int>> OrganisationsWithEmailAsync(string permission, CancellationToken cancellationToken);
}
