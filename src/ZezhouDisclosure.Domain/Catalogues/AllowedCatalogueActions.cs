namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>
/// What one actor may do with a township's working catalogue now (<see cref="TownshipCatalogue.Allowed"/>): the
/// township's clerk compiles, submits and starts revisions; a reviewer of the county office 审定s it.
/// </summary>
public sealed record AllowedCatalogueActions(bool CanEdit, bool CanSubmit, bool CanReview, bool CanStartRevision)
{
    /// <summary>Nothing allowed.</summary>
    public static AllowedCatalogueActions None { get; } = new(false, false, false, false);
}
