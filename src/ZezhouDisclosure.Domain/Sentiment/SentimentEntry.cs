using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Sentiment;

/// <summary>One line of a 舆情 case's timeline; kept when the case closes.</summary>
public class SentimentEntry : Entity
{
    private SentimentEntry()
    {
    }

    internal SentimentEntry(SentimentEntryKind kind, string text, DateTime at, string by, SentimentResponseKind? responseKind, string? reference)
    {
        Kind = kind;
        Text = text;
        At = at;
        By = by;
        ResponseKind = responseKind;
        Reference = reference;
    }

    public int SentimentCaseId { get; private set; }

    public SentimentEntryKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>When (UTC).</summary>
    public DateTime At { get; private set; }

    public string By { get; private set; } = "";

    /// <summary>For a 回应 or 跟进发布: where it was made.</summary>
    public SentimentResponseKind? ResponseKind { get; private set; }

    /// <summary>The portal document's id, the press conference's record, or the other channel's link.</summary>
    public string? Reference { get; private set; }
}
