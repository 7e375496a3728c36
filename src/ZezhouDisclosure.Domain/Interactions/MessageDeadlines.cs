namespace ZezhouDisclosure.Domain.Interactions;

/// <summary>
/// The answer limit of each category in working days (Portal:Interactions:WorkingDays). Defaults: 咨询 and 求助 5
/// (inspections expect simple enquiries answered within 5 working days), 建议 and 投诉 10, 找错 1.
/// </summary>
public sealed record MessageDeadlines(int Consultation = 5, int Suggestion = 10, int Complaint = 10, int Help = 5, int SiteError = 1)
{
    /// <summary>The national rule (“互动回应差”, 单项否决): a message unanswered for more than 3 months.</summary>
    public const int VetoMonths = 3;

    public int WorkingDaysFor(MessageCategory category) => category switch
    {
        MessageCategory.Consultation => Consultation,
        MessageCategory.Suggestion => Suggestion,
        MessageCategory.Complaint => Complaint,
        MessageCategory.Help => Help,
        MessageCategory.SiteError => SiteError,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
