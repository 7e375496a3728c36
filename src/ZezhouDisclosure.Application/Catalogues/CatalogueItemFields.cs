using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>The columns of a catalogue row as a form posts them.</summary>
public sealed record CatalogueItemFields(
    string? Level1,
    string? Level2,
    string? Level3,
    string? Content,
    string? Basis,
    string? TimeLimit,
    string? Subject,
    IReadOnlyList<DisclosureChannels>? Channels,
    DisclosureAudience? Audience,
    CatalogueDisclosureMode? Mode,
    bool County,
    bool Township)
{
    public CatalogueItemContent ToContent() => new(
        Level1 ?? "", Level2 ?? "", Level3, Content ?? "", Basis, TimeLimit ?? "", Subject ?? "",
        (Channels ?? []).Aggregate(DisclosureChannels.None, (all, c) => all | c),
        Audience ?? 0, Mode ?? 0,
        (County ? DisclosureLevels.County : DisclosureLevels.None) | (Township ? DisclosureLevels.Township : DisclosureLevels.None));

    public static CatalogueItemFields From(CatalogueItemContent content) => new(
        content.Level1, content.Level2, content.Level3, content.Content, content.Basis, content.TimeLimit, content.Subject,
        CatalogueLabels.Channels.Select(c => c.Channel).Where(c => content.Channels.HasFlag(c)).ToList(),
        content.Audience, content.Mode,
        content.Levels.HasFlag(DisclosureLevels.County), content.Levels.HasFlag(DisclosureLevels.Township));
}

/// <summary>Every rule of a row, reported against the form field it concerns (the rules live on the domain record).</summary>
public sealed class CatalogueItemFieldsValidator : AbstractValidator<CatalogueItemFields>
{
    public CatalogueItemFieldsValidator()
    {
        RuleFor(x => x).Custom((fields, context) =>
        {
            foreach (var (field, message) in fields.ToContent().Problems())
            {
                var name = field == nameof(CatalogueItemContent.Levels) ? nameof(CatalogueItemFields.Township) : field;
                context.AddFailure(name, message);
            }
        });
    }
}
