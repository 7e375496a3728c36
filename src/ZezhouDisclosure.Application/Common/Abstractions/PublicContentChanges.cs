namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>What kind of record the public site shows changed.</summary>
public enum PublicContentKind
{
    Document,
    Catalogue,
    CatalogueTemplate,
    Organisation,
    Column,
}

/// <summary>One changed record: its kind, its id and (where it has one) the organisation it belongs to.</summary>
public sealed record PublicContentChange(PublicContentKind Kind, int Id, int? OrganisationId);

/// <summary>
/// Told once a write that may change what the public site shows has committed (never for a rolled-back one).
/// The search index and the output cache listen; a listener that fails is logged and does not fail the write,
/// so a listener must be able to catch up (the search index can be rebuilt, cached pages expire).
/// </summary>
public interface IPublicContentListener
{
    ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken);
}
