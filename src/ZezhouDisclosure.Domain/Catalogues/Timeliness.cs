using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Domain.Catalogues;

public enum TimelinessVerdict
{
    /// <summary>Published within the item's 公开时限.</summary>
    OnTime = 1,

    /// <summary>Published after the deadline.</summary>
    Late = 2,

    /// <summary>The 公开时限 has no countable deadline, or the document carries no 成文日期 to count from.</summary>
    NotAssessable = 3,
}

/// <summary>Whether a publication met its catalogue item's 公开时限, counted with the one working-day calendar.</summary>
public static class Timeliness
{
    public static (TimelinessVerdict Verdict, DateOnly? DueDate) Assess(
        TimeLimitRule rule, DateOnly? formedOn, DateOnly publishedOn, WorkingDayCalendar calendar)
    {
        if (formedOn is not DateOnly formed || rule.DueDate(formed, calendar) is not DateOnly due)
        {
            return (TimelinessVerdict.NotAssessable, null);
        }

        return (publishedOn <= due ? TimelinessVerdict.OnTime : TimelinessVerdict.Late, due);
    }
}
