using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class DisclosureRulesTests
{
    private const string Reason = "仅涉及特定对象，不具有普遍社会影响。";

    [Fact]
    public void Check_NoAttribute_AsksForAttribute()
    {
        var problems = DisclosureRules.Check(null, null, null);

        var problem = Assert.Single(problems);
        Assert.Equal(nameof(DocumentContent.Attribute), problem.Field);
        Assert.Contains("公开属性", problem.Message);
    }

    [Fact]
    public void Check_Proactive_NeedsNothingElse()
    {
        Assert.Empty(DisclosureRules.Check(DisclosureAttribute.Proactive, null, null));
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest, "依申请公开")]
    [InlineData(DisclosureAttribute.NotPublic, "不予公开")]
    public void Check_NonProactiveWithoutGroundOrReason_AsksForBoth(DisclosureAttribute attribute, string label)
    {
        var problems = DisclosureRules.Check(attribute, null, "  ");

        Assert.Equal([nameof(DocumentContent.Ground), nameof(DocumentContent.Reason)], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Contains(label, p.Message));
    }

    [Fact]
    public void Check_ReasonShorterThanMinimum_IsRefused()
    {
        var problems = DisclosureRules.Check(DisclosureAttribute.OnRequest, NonDisclosureGround.ThirdPartyRights, "涉及隐私");

        Assert.Equal(nameof(DocumentContent.Reason), Assert.Single(problems).Field);
    }

    [Fact]
    public void Check_NotPublicOnSpecificPartiesGround_IsRefused()
    {
        var problems = DisclosureRules.Check(DisclosureAttribute.NotPublic, NonDisclosureGround.SpecificPartiesOnly, Reason);

        var problem = Assert.Single(problems);
        Assert.Equal(nameof(DocumentContent.Ground), problem.Field);
        Assert.Contains("第十四、十五或十六条", problem.Message);
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest, NonDisclosureGround.SpecificPartiesOnly)]
    [InlineData(DisclosureAttribute.OnRequest, NonDisclosureGround.ThirdPartyRights)]
    [InlineData(DisclosureAttribute.NotPublic, NonDisclosureGround.StateSecret)]
    [InlineData(DisclosureAttribute.NotPublic, NonDisclosureGround.ProcessInformation)]
    public void Check_GroundAndReasonGiven_IsAccepted(DisclosureAttribute attribute, NonDisclosureGround ground)
    {
        Assert.Empty(DisclosureRules.Check(attribute, ground, Reason));
    }

    [Fact]
    public void Check_UndefinedAttributeValue_IsRefused()
    {
        var problem = Assert.Single(DisclosureRules.Check((DisclosureAttribute)99, null, null));

        Assert.Equal("公开属性无效。", problem.Message);
    }

    [Fact]
    public void Grounds_EveryGround_HasAnArticleAndText()
    {
        Assert.Equal(Enum.GetValues<NonDisclosureGround>().Length, NonDisclosureGrounds.All.Count);
        Assert.All(NonDisclosureGrounds.All, g => Assert.StartsWith("条例第", g.Article));
        Assert.Equal("条例第十四条：依法确定为国家秘密的政府信息", NonDisclosureGrounds.Describe(NonDisclosureGround.StateSecret));
    }
}
