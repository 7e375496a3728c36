namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// An immutable copy of a document's content as it was saved; every save writes one, in the same transaction.
/// Restoring an old revision writes a new one: history is never rewritten.
/// </summary>
public class DocumentRevision
{
    private DocumentRevision()
    {
    }

    public DocumentRevision(Document document, int number, string note)
    {
        DocumentId = document.Id;
        Number = number;
        Note = note;
        Title = document.Title;
        BodyHtml = document.BodyHtml;
        ColumnId = document.ColumnId;
        TopicCategoryId = document.TopicCategoryId;
        DocumentNumber = document.DocumentNumber;
        WrittenOn = document.WrittenOn;
        Summary = document.Summary;
        Keywords = document.Keywords;
        Genre = document.Genre;
        FivePublic = document.FivePublic;
        Attribute = document.Attribute;
        Ground = document.Ground;
        Reason = document.Reason;
        JointIssuerIds = [.. document.JointIssuerIds];
    }

    public long Id { get; private set; }

    public int DocumentId { get; private set; }

    /// <summary>1, 2, 3… per document.</summary>
    public int Number { get; private set; }

    /// <summary>What happened: 新建, 修改, 恢复自第 N 版.</summary>
    public string Note { get; private set; } = "";

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public string Title { get; private set; } = "";

    public string BodyHtml { get; private set; } = "";

    public int ColumnId { get; private set; }

    public int? TopicCategoryId { get; private set; }

    public string? DocumentNumber { get; private set; }

    public DateOnly? WrittenOn { get; private set; }

    public string? Summary { get; private set; }

    public string? Keywords { get; private set; }

    public string? Genre { get; private set; }

    public FivePublicCategory? FivePublic { get; private set; }

    public DisclosureAttribute? Attribute { get; private set; }

    public NonDisclosureGround? Ground { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>联合发文机关 at this revision.</summary>
    public List<int> JointIssuerIds { get; private set; } = [];

    public DocumentContent ToContent() =>
        new(Title, BodyHtml, ColumnId, TopicCategoryId, DocumentNumber, WrittenOn, Summary, Attribute, Ground, Reason)
        {
            Keywords = Keywords,
            Genre = Genre,
            FivePublic = FivePublic,
            JointIssuerIds = JointIssuerIds,
        };
}
