using ZezhouDisclosure.Application.Participation;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Web.Features.Participation.Models;

/// <summary>The 参与事项目录 form; names equal <see cref="SaveParticipationCatalogueCommand"/>'s so errors land on fields.</summary>
public sealed record ParticipationCatalogueForm
{
    /// <summary>Blank rows offered below the items already entered (more rows: save, then edit again).</summary>
    public const int BlankRows = 5;

    public int Version { get; init; }

    public int? Year { get; init; }

    public string? Scope { get; init; }

    public string? Methods { get; init; }

    public string? Channels { get; init; }

    public List<ParticipationItemForm> Items { get; init; } = [];

    public SaveParticipationCatalogueCommand ToCommand(int? id, bool submit) =>
        new(id, Version, Year, Scope, Methods, Channels,
            [.. Items.Select(i => new ParticipationItemInput(i.Title, i.Method, i.Channel, i.PlannedTime))], submit);

    /// <summary>The rows the form shows: the items typed so far and <see cref="BlankRows"/> empty ones.</summary>
    public IReadOnlyList<ParticipationItemForm> Rows() =>
        [.. Items, .. Enumerable.Range(0, BlankRows).Select(_ => new ParticipationItemForm())];
}

public sealed record ParticipationItemForm
{
    public string? Title { get; init; }

    public ParticipationMethod? Method { get; init; }

    public string? Channel { get; init; }

    public string? PlannedTime { get; init; }
}

/// <summary>The 列席 / 访谈 record form; names equal <see cref="SaveParticipationRecordCommand"/>'s.</summary>
public sealed record ParticipationRecordForm
{
    public int Version { get; init; }

    public ParticipationRecordKind? Kind { get; init; }

    public string? Title { get; init; }

    public DateOnly? HeldOn { get; init; }

    public string? Topics { get; init; }

    public int? Stakeholders { get; init; }

    public int? CitizenRepresentatives { get; init; }

    public int? Experts { get; init; }

    public int? Media { get; init; }

    public int? DecisionDocumentId { get; init; }

    public string? Guests { get; init; }

    public string? Transcript { get; init; }

    public string? VideoUrl { get; init; }

    /// <summary>The command for the button pressed: <c>publish</c>, <c>withdraw</c> (a published record) or a plain save.</summary>
    public SaveParticipationRecordCommand ToCommand(int? id, string? intent) =>
        new(id, Version, Kind, Title, HeldOn, Topics, Stakeholders, CitizenRepresentatives, Experts, Media, DecisionDocumentId,
            Guests, Transcript, VideoUrl, Publish: intent == "publish", Withdraw: intent == "withdraw");

    public static ParticipationRecordForm Of(ParticipationRecord r) => new()
    {
        Version = r.Version,
        Kind = r.Kind,
        Title = r.Title,
        HeldOn = r.HeldOn,
        Topics = r.Topics,
        Stakeholders = r.Stakeholders,
        CitizenRepresentatives = r.CitizenRepresentatives,
        Experts = r.Experts,
        Media = r.Media,
        DecisionDocumentId = r.DecisionDocumentId,
        Guests = r.Guests,
        Transcript = r.Transcript,
        VideoUrl = r.VideoUrl,
    };
}

public sealed record ParticipationCatalogueEditViewModel(int? Id, ParticipationCatalogueForm Form);

public sealed record ParticipationCataloguePageViewModel(ParticipationCatalogueDetails Details, string? ReviewComment = null, string? AmendReason = null);

public sealed record ParticipationRecordEditViewModel(int? Id, bool IsPublished, ParticipationRecordForm Form);

/// <summary>A unit's 公众参与 page: its standing rules and catalogues, consultations and records.</summary>
public sealed record UnitParticipationViewModel(
    string OrganisationName,
    string Slug,
    IReadOnlyList<PublicParticipationCatalogue> Catalogues,
    IReadOnlyList<ConsultationRow> Consultations,
    IReadOnlyList<ParticipationRecordRow> Attendance,
    IReadOnlyList<ParticipationRecordRow> Interviews);

/// <summary>The county's 列席 or 访谈 column.</summary>
public sealed record ParticipationRecordsViewModel(string Title, bool Attendance, IReadOnlyList<ParticipationRecordRow> Records);
