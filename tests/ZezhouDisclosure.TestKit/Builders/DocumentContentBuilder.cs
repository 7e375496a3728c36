using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.TestKit.Builders;

/// <summary>Valid document content by default; change only what the test is about.</summary>
public sealed class DocumentContentBuilder
{
    private static int _counter;
    private string _title = "测试文件" + Interlocked.Increment(ref _counter);
    private string _body = "<p>正文</p>";
    private int _columnId = 1;
    private DisclosureAttribute? _attribute = DisclosureAttribute.Proactive;
    private NonDisclosureGround? _ground;
    private string? _reason;
    private string? _documentNumber;
    private bool _isPolicy;
    private bool? _isNormative;
    private string? _noInterpretationReason;

    public DocumentContentBuilder WithTitle(string title)
    {
        _title = title;
        return this;
    }

    public DocumentContentBuilder WithBody(string body)
    {
        _body = body;
        return this;
    }

    public DocumentContentBuilder InColumn(int columnId)
    {
        _columnId = columnId;
        return this;
    }

    public DocumentContentBuilder WithDocumentNumber(string number)
    {
        _documentNumber = number;
        return this;
    }

    public DocumentContentBuilder WithAttribute(DisclosureAttribute? attribute, NonDisclosureGround? ground = null, string? reason = null)
    {
        _attribute = attribute;
        _ground = ground;
        _reason = reason;
        return this;
    }

    /// <summary>A 政策性文件 (or, with <paramref name="normative"/>, a 行政规范性文件): needs its 解读 wherever it is filed.</summary>
    public DocumentContentBuilder AsPolicy(bool normative = false)
    {
        _isPolicy = !normative;
        _isNormative = normative ? true : null;
        return this;
    }

    public DocumentContentBuilder WithNoInterpretationReason(string? reason)
    {
        _noInterpretationReason = reason;
        return this;
    }

    public DocumentContent Build() =>
        new(_title, _body, _columnId, null, _documentNumber, new DateOnly(2026, 11, 20), null, _attribute, _ground, _reason)
        {
            IsPolicy = _isPolicy,
            IsNormative = _isNormative,
            NoInterpretationReason = _noInterpretationReason,
        };
}
