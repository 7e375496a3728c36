using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.TestKit.Builders;

/// <summary>
/// A <see cref="Document"/> of organisation 7 in a chosen workflow state, with valid <see cref="DocumentContentBuilder"/>
/// content (change it with <see cref="WithContent"/>). The state methods apply the entity's own steps, so a document
/// built as published has its submission, review and a unique 索引号 like a real one.
/// </summary>
public sealed class DocumentBuilder
{
    /// <summary>When the state steps happen (UTC).</summary>
    public static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    private static int _counter;
    private readonly List<Action<Document>> _steps = [];
    private int _organisationId = 7;
    private DocumentContentBuilder _content = new();
    private string? _indexNumber;

    public DocumentBuilder ForOrganisation(int organisationId)
    {
        _organisationId = organisationId;
        return this;
    }

    public DocumentBuilder WithContent(Func<DocumentContentBuilder, DocumentContentBuilder> change)
    {
        _content = change(_content);
        return this;
    }

    /// <summary>The 索引号 the document takes on approval or urgent publication (unique by default).</summary>
    public DocumentBuilder WithIndexNumber(string indexNumber)
    {
        _indexNumber = indexNumber;
        return this;
    }

    /// <summary>Content marked 依申请公开 with a ground and a reason (needs filing before approval).</summary>
    public DocumentBuilder OnRequest() =>
        WithContent(c => c.WithAttribute(DisclosureAttribute.OnRequest, NonDisclosureGround.ThirdPartyRights, "涉及第三方商业秘密，需征求意见。"));

    /// <summary>提交审核 by the clerk: 待审核.</summary>
    public DocumentBuilder Submitted() => Then(d => d.Submit(Now, "clerk"));

    /// <summary>提交 in a unit that signs off first: 待单位审核.</summary>
    public DocumentBuilder AwaitingUnitApproval() => Then(d => d.Submit(Now, "clerk", unitSignOff: true));

    /// <summary>Submitted, then returned with a review comment: 已退回.</summary>
    public DocumentBuilder Returned(string comment = "请补充发文字号。") => Submitted().Then(d => d.Return(comment, Now, "reviewer"));

    /// <summary>Submitted, filed when it is not 主动公开, and approved with a unique 索引号 (published if 主动公开).</summary>
    public DocumentBuilder Approved() => Submitted().Then(d =>
    {
        if (d.RequiresFiling)
        {
            d.AcknowledgeFiling(Now, "reviewer");
        }

        d.Approve(_indexNumber ?? NextIndexNumber(), Now, "reviewer");
    });

    /// <summary>Approved 主动公开 content: 已发布.</summary>
    public DocumentBuilder Published() => Approved();

    /// <summary>紧急发布 by the clerk: published and 待补审.</summary>
    public DocumentBuilder PublishedUrgently() => Then(d => d.PublishUrgently(_indexNumber ?? NextIndexNumber(), Now, "clerk"));

    /// <summary>Published, then withdrawn with a public reason: 已撤回.</summary>
    public DocumentBuilder Withdrawn() => Published().Then(d => d.Withdraw("因政策调整，本文件已被新文件替代。", Now, "reviewer"));

    /// <summary>Any further step, applied after the ones before it.</summary>
    public DocumentBuilder Then(Action<Document> step)
    {
        _steps.Add(step);
        return this;
    }

    public Document Build()
    {
        var document = new Document(_organisationId, _content.Build());
        foreach (var step in _steps)
        {
            step(document);
        }

        return document;
    }

    private static string NextIndexNumber() =>
        IndexNumber.Format("140525107", 2026, Interlocked.Increment(ref _counter) % 99999 + 1);
}
