namespace ZezhouDisclosure.Domain.Participation;

/// <summary>
/// What a clerk writes for a 征求意见: the draft (plain text, shown as text), its 起草说明, the other channels for
/// opinions (letter, e-mail, telephone), the period and, for a period under 30 days, the reason.
/// </summary>
public sealed record ConsultationContent(
    string Title,
    string DraftText,
    string? DraftingNotes,
    string? OtherChannels,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    string? ShortPeriodReason,
    bool RequireName);
