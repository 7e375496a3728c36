using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>
/// What kind of record the public site shows changed: an open value, not an enum, so a feature adds its own kind next
/// to its code (<c>PublicContentKind.Document</c> is declared in Application/Documents, <c>Catalogue</c> in
/// Application/Catalogues, …) without editing a shared list. Two kinds are the same when their names are equal
/// (ordinal). Serialised as its name alone.
/// </summary>
[JsonConverter(typeof(PublicContentKindJsonConverter))]
public readonly record struct PublicContentKind
{
    public PublicContentKind(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Stable, lower-case name (<c>document</c>, <c>catalogue</c>); it is what other nodes will receive.</summary>
    public string Name { get; }

    public override string ToString() => Name;
}

/// <summary>Writes a <see cref="PublicContentKind"/> as its name string and reads it back.</summary>
public sealed class PublicContentKindJsonConverter : JsonConverter<PublicContentKind>
{
    public override PublicContentKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A public content kind must be a string."));

    public override void Write(Utf8JsonWriter writer, PublicContentKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name);
}

/// <summary>
/// One changed record: its kind, its id and (where it has one) the organisation it belongs to. Plain data (a kind name,
/// two numbers) so that it can later be carried to other nodes, through Redis pub/sub or a database outbox, to evict
/// their caches and update their search index; that transport is not built yet (docs/architecture.md, "Public content
/// changes"). An envelope with an event id and the commit time would be added by the transport, not here: changes are
/// compared by value to merge duplicates within a transaction.
/// </summary>
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

/// <summary>
/// Maps saved entities of some types to the public changes they make. A feature contributes one per aggregate
/// (documents, catalogues, …); implementations in the Application and Infrastructure assemblies are registered by
/// scanning, and no two sources may claim the same entity type. Called after the save, so added rows have their ids.
/// </summary>
public interface IPublicContentSource
{
    /// <summary>The entity types (exact CLR types of the model) this source maps.</summary>
    IReadOnlyCollection<Type> EntityTypes { get; }

    /// <summary>The changes one added, modified or deleted entity of one of <see cref="EntityTypes"/> makes.</summary>
    IEnumerable<PublicContentChange> ChangesOf(object entity);
}

/// <summary>
/// Convenience base for an <see cref="IPublicContentSource"/>: declare each entity type with <see cref="Map{TEntity}"/>
/// in the constructor.
/// </summary>
public abstract class PublicContentSource : IPublicContentSource
{
    private readonly Dictionary<Type, Func<object, IEnumerable<PublicContentChange>>> maps = [];

    public IReadOnlyCollection<Type> EntityTypes => maps.Keys;

    public IEnumerable<PublicContentChange> ChangesOf(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        for (var type = entity.GetType(); type is not null; type = type.BaseType)
        {
            if (maps.TryGetValue(type, out var map))
            {
                return map(entity);
            }
        }

        return [];
    }

    protected void Map<TEntity>(Func<TEntity, IEnumerable<PublicContentChange>> map)
        where TEntity : class =>
        maps.Add(typeof(TEntity), entity => map((TEntity)entity));
}
