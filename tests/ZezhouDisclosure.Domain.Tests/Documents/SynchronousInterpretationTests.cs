using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

/// <summary>同步解读 (泽政办发〔2020〕22号 四（三）1): by type, approved and published together.</summary>
public class SynchronousInterpretationTests
{
    [Theory]
    [InlineData(true, false, null, true)]
    [InlineData(true, false, "  ", true)]
    [InlineData(true, true, null, false)]
    [InlineData(true, false, "本通知为工作部署，不需解读。", false)]
    [InlineData(false, false, null, false)]
    public void IsMissing_PolicyTypeNeedsAnInterpretationOrAReason(bool isPolicy, bool hasInterpretation, string? reason, bool missing)
    {
        Assert.Equal(missing, SynchronousInterpretation.IsMissing(isPolicy, hasInterpretation, reason));
    }

    [Fact]
    public void IsPolicyType_FollowsTheDocumentsTypeNotItsColumn()
    {
        Assert.False(new Document(7, new DocumentContentBuilder().Build()).IsPolicyType);
        Assert.True(new Document(7, new DocumentContentBuilder().AsPolicy().Build()).IsPolicyType);
        Assert.True(new Document(7, new DocumentContentBuilder().AsPolicy(normative: true).Build()).IsPolicyType);
    }

    [Fact]
    public void Edit_WithoutNormativeAnswer_KeepsTheNormativeFlagSetWithTheValidity()
    {
        var document = new DocumentBuilder().Build();
        document.SetValidity(DocumentValidity.Valid, isNormative: true, null, null);

        document.Edit(new DocumentContentBuilder().Build());

        Assert.True(document.IsPolicyType);
    }

    [Theory]
    [InlineData("draft", "还是草稿")]
    [InlineData("returned", "已被退回修改")]
    [InlineData("awaiting-unit", "尚待单位负责人审核")]
    [InlineData("on-request", "不是主动公开")]
    public void RefusePolicyApproval_InterpretationNotReady_SaysWhyInChinese(string state, string expected)
    {
        var interpretation = (state switch
        {
            "draft" => new DocumentBuilder(),
            "returned" => new DocumentBuilder().Returned(),
            "awaiting-unit" => new DocumentBuilder().AwaitingUnitApproval(),
            _ => new DocumentBuilder().OnRequest().Submitted().Then(d => d.AcknowledgeFiling(DocumentBuilder.Now, "reviewer")),
        }).WithContent(c => c.WithTitle("图解：某政策")).Build();

        var refusal = SynchronousInterpretation.RefusePolicyApproval([interpretation]);

        Assert.NotNull(refusal);
        Assert.Contains("《图解：某政策》" + expected, refusal);
    }

    [Fact]
    public void RefusePolicyApproval_SubmittedOrAlreadyLiveInterpretations_Allows()
    {
        var submitted = new DocumentBuilder().Submitted().Build();
        var published = new DocumentBuilder().Published().Build();

        Assert.Null(SynchronousInterpretation.RefusePolicyApproval([submitted, published]));
        Assert.True(SynchronousInterpretation.PublishesWithPolicy(submitted));
        Assert.False(SynchronousInterpretation.PublishesWithPolicy(published));
    }

    [Fact]
    public void RefuseInterpretationApproval_PolicyNotLiveYet_RefusesSoTheyGoLiveTogether()
    {
        var policy = new DocumentBuilder().Submitted().WithContent(c => c.WithTitle("某政策")).Build();

        Assert.Contains("《某政策》", SynchronousInterpretation.RefuseInterpretationApproval([policy]));
        Assert.Null(SynchronousInterpretation.RefuseInterpretationApproval([new DocumentBuilder().Published().Build()]));
        Assert.Null(SynchronousInterpretation.RefuseInterpretationApproval([]));
    }
}
