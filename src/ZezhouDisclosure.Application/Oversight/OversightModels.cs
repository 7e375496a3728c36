using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>One finding as the pages list it.</summary>
public sealed record FindingRow(
    int Id, string CheckCode, string RuleName, int? OrganisationId, string OrganisationName, string Subject, FindingLevel Level,
    string Evidence, string? Link, DateTime FirstSeenAt, DateTime LastSeenAt, DateTime? ClosedAt, int TimesReopened,
    RectificationRow? Rectification)
{
    public string LevelLabel => OversightAccess.Label(Level);

    public bool IsOpen => ClosedAt is null;
}

/// <summary>One 整改 as the pages list it.</summary>
public sealed record RectificationRow(
    int Id, int Version, int FindingId, int OrganisationId, string OrganisationName, DateOnly DueOn, string Notice, DateTime NotifiedAt,
    RectificationStatus Status, string? Note, DateTime? DoneAt, DateTime? VerifiedAt, int TimesReopened, bool IsOverdue)
{
    public string StatusLabel => OversightAccess.Label(Status);
}
