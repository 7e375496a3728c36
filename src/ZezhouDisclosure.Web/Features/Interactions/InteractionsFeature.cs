using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Application.Sentiment;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Web.Features.Interactions;

/// <summary>
/// 互动交流: the public 留言/咨询 and 我为政府网站找错 entries, the status query and the 答复 list; the staff handling
/// (triage, routing, answers, publication review); the 政务舆情 register with its hour clocks; their 工作台 panels,
/// inspector checks, monthly figures and the retention of citizens' contact details.
/// </summary>
public sealed class InteractionsFeature : IFeature
{
    /// <summary>Per-category answer limits in working days (see <see cref="MessageDeadlines"/>).</summary>
    public const string DeadlinesSection = "Portal:Interactions:WorkingDays";

    public void Register(FeatureBuilder feature)
    {
        feature
            .PublicNav("互动交流", PortalUrls.Interactions, order: 70)
            .AdminMenu("留言办理", "Messages", "Index", Permissions.Interactions.View, order: 22)
            .AdminMenu("政务舆情", "Sentiment", "Index", Permissions.Sentiment.Manage, order: 24)
            .AdminMenu("舆情核实反馈", "SentimentFeedback", "Index", Permissions.Sentiment.Feedback, order: 25)
            .MergeHandOver<MessageMergeHandOver>()
            .WorkbenchPanel<MessageWorkbenchPanel>()
            .WorkbenchPanel<SentimentWorkbenchPanel>()
            .ComplianceCheck<MessagesPastLimitCheck>()
            .ComplianceCheck<MessagesUnansweredVetoCheck>()
            .ComplianceCheck<ErrorReportsPastLimitCheck>()
            .ComplianceCheck<SentimentOverdueCheck>()
            .SelfCheckFigures<MessageSelfCheckFigures>();
        var section = feature.Configuration.GetSection(DeadlinesSection);
        var defaults = new MessageDeadlines();
        var deadlines = new MessageDeadlines(
            section.GetValue(nameof(MessageDeadlines.Consultation), defaults.Consultation),
            section.GetValue(nameof(MessageDeadlines.Suggestion), defaults.Suggestion),
            section.GetValue(nameof(MessageDeadlines.Complaint), defaults.Complaint),
            section.GetValue(nameof(MessageDeadlines.Help), defaults.Help),
            section.GetValue(nameof(MessageDeadlines.SiteError), defaults.SiteError));
        foreach (var category in Enum.GetValues<MessageCategory>())
        {
            if (deadlines.WorkingDaysFor(category) is < 1 or > 60)
            {
                throw new InvalidOperationException($"{DeadlinesSection}:{category} must be between 1 and 60 working days.");
            }
        }

        feature.Services.AddSingleton(deadlines);
        feature.Services.AddHostedService<MessageRetentionService>();
        feature.Services.AddScoped<MessageNotifications>();
        feature.Services.AddScoped<Application.Sentiment.SentimentNotifications>();
        feature.Services.AddHostedService<MessageReminderService>();
    }
}
