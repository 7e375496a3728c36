using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Web.Features.Interactions.Models;

/// <summary>The 留言 and 找错 forms; property names equal <see cref="SubmitMessageCommand"/>'s so errors land on fields.</summary>
public sealed record MessageForm
{
    public static readonly IReadOnlyList<string> FieldOrder =
    [
        nameof(Category), nameof(OrganisationId), nameof(PageUrl), nameof(Title), nameof(Content), nameof(Name), nameof(Phone), nameof(Email),
    ];

    public string? SubmissionKey { get; init; }

    public MessageCategory? Category { get; init; }

    public int? OrganisationId { get; init; }

    public string? Title { get; init; }

    public string? Content { get; init; }

    public string? Name { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? PageUrl { get; init; }

    public bool PublicationConsent { get; init; }

    public SubmitMessageCommand ToCommand(MessageKind kind) => new(
        SubmissionKey, kind, kind == MessageKind.ErrorReport ? MessageCategory.SiteError : Category, kind == MessageKind.ErrorReport ? null : OrganisationId,
        Title, Content, Name, Phone, Email, PageUrl, kind == MessageKind.Enquiry && PublicationConsent);
}

public sealed record MessageFormViewModel(MessageForm Form, IReadOnlyList<OrganisationSummary> Organisations);

public sealed record MessageQueryForm
{
    public const int NumberMaxLength = 40;
    public const int QueryCodeMaxLength = 64;

    public string? Number { get; init; }

    public string? QueryCode { get; init; }
}

public sealed record MessageQueryViewModel(MessageQueryForm Form, MessageStatusView? Status, string? NotFound);

public sealed record InteractionsHomeViewModel(
    PublishedAnswersPage Answers, string? Text, int? OrganisationId, IReadOnlyList<OrganisationSummary> Organisations,
    MessageFigures ThisMonth, MessageFigures LastMonth);

/// <summary>The staff case page: the case, the contact details after an audited reveal, the failed form's typed values.</summary>
public sealed record MessageDetailsViewModel(
    StaffMessageView Message, MessageContactView? Contact, IReadOnlyList<OrganisationSummary> Organisations,
    IReadOnlyDictionary<string, string?>? Posted)
{
    public string Value(string name, string fallback) =>
        Posted is not null && Posted.TryGetValue(name, out var typed) ? typed ?? fallback : fallback;
}

public sealed record MessageListViewModel(
    IReadOnlyList<StaffMessageRow> Rows, MessageListFilter Filter, int? OrganisationId, IReadOnlyList<OrganisationSummary> Organisations)
{
    public static string Label(MessageListFilter filter) => filter switch
    {
        MessageListFilter.Triage => "待分办",
        MessageListFilter.Overdue => "已超期",
        MessageListFilter.Review => "待审核公开",
        MessageListFilter.Closed => "已办结",
        _ => "未办结",
    };
}

public sealed record SentimentForm
{
    public string? Topic { get; init; }

    public string? Source { get; init; }

    public string? Link { get; init; }

    /// <summary>Beijing date and time as typed (datetime-local).</summary>
    public DateTime? FirstSeenAt { get; init; }

    public Domain.Sentiment.SentimentLevel? Level { get; init; }

    public int? LeadOrganisationId { get; init; }

    public List<int>? OtherOrganisationIds { get; init; }

    public string? LiaisonName { get; init; }

    public string? HandlerName { get; init; }

    public Application.Sentiment.RegisterSentimentCaseCommand ToCommand() =>
        new(Topic, Source, Link, FirstSeenAt, Level, LeadOrganisationId, OtherOrganisationIds, LiaisonName, HandlerName);
}

public sealed record SentimentFormViewModel(SentimentForm Form, IReadOnlyList<OrganisationSummary> Organisations);

public sealed record SentimentDetailsViewModel(Application.Sentiment.SentimentCaseView Case, IReadOnlyDictionary<string, string?>? Posted)
{
    public string Value(string name, string fallback) =>
        Posted is not null && Posted.TryGetValue(name, out var typed) ? typed ?? fallback : fallback;
}
