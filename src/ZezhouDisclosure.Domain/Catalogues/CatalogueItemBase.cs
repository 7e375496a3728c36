using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>The columns shared by a template row, a township's working row and a published row.</summary>
public abstract class CatalogueItemBase : Entity
{
    /// <summary>序号 within its catalogue (1, 2, 3…), in display order.</summary>
    public int Number { get; protected set; }

    public string Level1 { get; private set; } = "";

    public string Level2 { get; private set; } = "";

    public string? Level3 { get; private set; }

    public string Content { get; private set; } = "";

    public string? Basis { get; private set; }

    public string TimeLimit { get; private set; } = "";

    /// <summary>The parsed rule, stored so that coverage queries can filter on it.</summary>
    public TimeLimitKind TimeLimitKind { get; private set; }

    public int TimeLimitDays { get; private set; }

    public string Subject { get; private set; } = "";

    public DisclosureChannels Channels { get; private set; }

    public DisclosureAudience Audience { get; private set; }

    public CatalogueDisclosureMode Mode { get; private set; }

    public DisclosureLevels Levels { get; private set; }

    public CatalogueItemContent ToContent() =>
        new(Level1, Level2, Level3, Content, Basis, TimeLimit, Subject, Channels, Audience, Mode, Levels);

    public TimeLimitRule Rule => new(TimeLimitKind, TimeLimitDays);

    protected void Apply(CatalogueItemContent content)
    {
        var problems = content.Problems();
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message);
        }

        var trimmed = content.Trimmed();
        Level1 = trimmed.Level1;
        Level2 = trimmed.Level2;
        Level3 = trimmed.Level3;
        Content = trimmed.Content;
        Basis = trimmed.Basis;
        TimeLimit = trimmed.TimeLimit;
        Subject = trimmed.Subject;
        Channels = trimmed.Channels;
        Audience = trimmed.Audience;
        Mode = trimmed.Mode;
        Levels = trimmed.Levels;
        var rule = trimmed.Rule;
        TimeLimitKind = rule.Kind;
        TimeLimitDays = rule.Days;
    }
}
