using ZezhouDisclosure.Application.Participation;

namespace ZezhouDisclosure.Web.Features.Participation.Models;

/// <summary>The 征求意见 form; property names equal <see cref="SaveConsultationCommand"/>'s so errors land on fields.</summary>
public sealed record ConsultationForm
{
    public int Version { get; init; }

    public string? Title { get; init; }

    public string? DraftText { get; init; }

    public string? DraftingNotes { get; init; }

    public string? OtherChannels { get; init; }

    public DateOnly? OpensOn { get; init; }

    public DateOnly? ClosesOn { get; init; }

    public string? ShortPeriodReason { get; init; }

    public bool RequireName { get; init; }

    public SaveConsultationCommand ToCommand(int? id, bool submit) =>
        new(id, Version, Title, DraftText, DraftingNotes, OtherChannels, OpensOn, ClosesOn, ShortPeriodReason, RequireName, submit);
}

/// <summary>The public comment form (its honeypot is the shared one, <see cref="Mvc.Honeypot"/>).</summary>
public sealed record CommentForm
{
    public string? Text { get; init; }

    public string? AuthorName { get; init; }

    public string? Contact { get; init; }
}

/// <summary>The 反馈 / 采纳情况 form; names equal <see cref="SaveFeedbackCommand"/>'s.</summary>
public sealed record FeedbackForm
{
    public int Version { get; init; }

    public int? Received { get; init; }

    public int? Adopted { get; init; }

    public int? PartlyAdopted { get; init; }

    public int? NotAdopted { get; init; }

    public string? Text { get; init; }
}

public sealed record ConsultationEditViewModel(int? Id, ConsultationForm Form);

public sealed record CommentPageViewModel(PublicConsultation Consultation, CommentForm Form);

/// <summary>The staff page with what a redisplay keeps (the feedback form as typed, a review comment).</summary>
public sealed record ConsultationPageViewModel(ConsultationDetails Details, FeedbackForm Feedback, string? ReviewComment = null, int? DecisionDocumentId = null);

public sealed record PublicListViewModel(string Title, string? OrganisationName, IReadOnlyList<ConsultationRow> Consultations, IReadOnlyList<(string Name, string Slug, int Count)> Units);
