using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.ServiceItems;

/// <summary>The 办事指南 rules at their exact limits, with the field and message each refusal names.</summary>
public class ServiceGuideRulesBoundaryTests
{
    private static readonly ServiceGuide Typical = ServiceGuideBuilder.Typical();

    private static GuideProblem Single(ServiceGuide guide) => Assert.Single(ServiceGuideRules.Check(guide));

    private static ServiceMaterial Material(int i) => new(0, $"材料{i}", MaterialForm.Original, 1, MaterialMedium.Paper, null);

    [Fact]
    public void Check_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ServiceGuideRules.Check(null!));

    [Fact]
    public void Check_Limits_AreThoseDocumented()
    {
        Assert.Equal((30, 20, 20, 365), (ServiceGuideRules.MaxMaterials, ServiceGuideRules.MaxSteps, ServiceGuideRules.MaxQuestions, ServiceGuideRules.MaxDays));
    }

    [Fact]
    public void Check_ThirtyMaterials_AreAccepted_ThirtyOneAreRefused()
    {
        Assert.Empty(ServiceGuideRules.Check(Typical with { Materials = [.. Enumerable.Range(1, 30).Select(Material)] }));

        Assert.Equal(("Materials", "申请材料不能超过30项。"), Pair(Single(Typical with { Materials = [.. Enumerable.Range(1, 31).Select(Material)] })));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(99)]
    public void Check_CopiesFromOneToNinetyNine_AreAccepted(int copies) =>
        Assert.Empty(ServiceGuideRules.Check(Typical with { Materials = [Typical.Materials[0] with { Copies = copies }] }));

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Check_CopiesOutOfRange_NamesTheRow(int copies) =>
        Assert.Equal(
            ("Materials[1].Copies", "第2项申请材料的份数应为1至99。"),
            Pair(Single(Typical with { Materials = [Typical.Materials[0], Typical.Materials[1] with { Copies = copies }] })));

    [Fact]
    public void Check_UnknownFormOrMedium_NamesTheRow()
    {
        const string message = "请选择第1项申请材料的原件/复印件和纸质/电子要求。";

        Assert.Equal(("Materials[0].Form", message), Pair(Single(Typical with { Materials = [Typical.Materials[0] with { Form = (MaterialForm)9 }] })));
        Assert.Equal(("Materials[0].Form", message), Pair(Single(Typical with { Materials = [Typical.Materials[0] with { Medium = (MaterialMedium)9 }] })));
    }

    [Fact]
    public void Check_MaterialNameBlank_IsOneProblem_TwoBlankNamesAreNotDuplicates()
    {
        var problems = ServiceGuideRules.Check(Typical with { Materials = [Typical.Materials[0] with { Name = " " }, Typical.Materials[1] with { Name = "" }] });

        Assert.Equal(
            [("Materials[0].Name", "请填写第1项申请材料的名称。"), ("Materials[1].Name", "请填写第2项申请材料的名称。")],
            problems.Select(Pair));
    }

    [Fact]
    public void Check_SameMaterialNameWithSpaces_IsADuplicate()
    {
        Assert.Equal(
            ("Materials", "申请材料名称不能重复。"),
            Pair(Single(Typical with { Materials = [Typical.Materials[0], Typical.Materials[1] with { Name = " 户口簿 " }] })));
    }

    [Fact]
    public void Check_TwentySteps_AreAccepted_TwentyOneAreRefused()
    {
        Assert.Empty(ServiceGuideRules.Check(Typical with { Steps = [.. Enumerable.Range(1, 20).Select(i => $"步骤{i}")] }));

        Assert.Equal(("Steps", "办理流程不能超过20步。"), Pair(Single(Typical with { Steps = [.. Enumerable.Range(1, 21).Select(i => $"步骤{i}")] })));
    }

    [Fact]
    public void Check_OneRealStepAmongBlanks_IsAccepted_OnlyBlanksAreRefused()
    {
        Assert.Empty(ServiceGuideRules.Check(Typical with { Steps = [" ", "提出申请"] }));
        Assert.Equal(("Steps", "请至少填写一个办理流程步骤。"), Pair(Single(Typical with { Steps = [] })));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(365, 365)]
    public void Check_DaysAtTheirLimits_AreAccepted(int legal, int promised) =>
        Assert.Empty(ServiceGuideRules.Check(Typical with { LegalDays = legal, PromisedDays = promised }));

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Check_LegalDaysOutOfRange_IsOneProblemWithItsMessage(int legal) =>
        Assert.Equal(("LegalDays", "法定办结时限应为1至365个工作日。"), Pair(Single(Typical with { LegalDays = legal, PromisedDays = 0 })));

    [Fact]
    public void Check_PromiseLongerThanAnInvalidLegalLimit_OnlyTheLegalLimitIsReported() =>
        Assert.Equal("LegalDays", Single(Typical with { LegalDays = 0, PromisedDays = 5 }).Field);

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Check_PromisedDaysOutOfRange_IsOneProblemWithItsMessage(int promised) =>
        Assert.Equal(("PromisedDays", "承诺办结时限应为0（即办）至365个工作日。"), Pair(Single(Typical with { LegalDays = 365, PromisedDays = promised })));

    [Fact]
    public void Check_PromiseOneDayOverTheLegalLimit_IsRefused() =>
        Assert.Equal(
            ("PromisedDays", "承诺办结时限（2个工作日）不能超过法定办结时限（1个工作日）。"),
            Pair(Single(Typical with { LegalDays = 1, PromisedDays = 2 })));

    [Fact]
    public void Check_FeeWithoutStandardOrBasis_ReportsBoth()
    {
        var problems = ServiceGuideRules.Check(Typical with { IsFree = false, FeeStandard = " ", FeeBasis = null });

        Assert.Equal(
            [("FeeStandard", "请填写收费标准（不收费的请勾选“不收费”）。"), ("FeeBasis", "请填写收费依据。")],
            problems.Select(Pair));
    }

    [Fact]
    public void Check_FreeItem_NeedsNoFeeTexts() =>
        Assert.Empty(ServiceGuideRules.Check(Typical with { IsFree = true, FeeStandard = null, FeeBasis = null }));

    [Theory]
    [InlineData("Location", "请填写办理地点。")]
    [InlineData("Hours", "请填写办理时间。")]
    [InlineData("ConsultPhone", "请填写咨询电话。")]
    [InlineData("ComplaintPhone", "请填写监督投诉电话。")]
    [InlineData("Name", "请填写事项名称。")]
    [InlineData("Basis", "请填写设定依据。")]
    public void Check_RequiredTextBlank_HasItsMessage(string field, string message)
    {
        var guide = field switch
        {
            "Location" => Typical with { Location = " " },
            "Hours" => Typical with { Hours = " " },
            "ConsultPhone" => Typical with { ConsultPhone = " " },
            "ComplaintPhone" => Typical with { ComplaintPhone = " " },
            "Name" => Typical with { Name = " " },
            _ => Typical with { Basis = " " },
        };

        Assert.Equal((field, message), Pair(Single(guide)));
    }

    [Fact]
    public void Check_UnknownTypeOrLevel_HaveTheirMessages()
    {
        Assert.Equal(("Type", "请选择事项类型。"), Pair(Single(Typical with { Type = (ServiceItemType)99 })));
        Assert.Equal(("OnlineLevel", "请选择网上可办理程度。"), Pair(Single(Typical with { OnlineLevel = (OnlineLevel)99, OnlineUrl = null })));
    }

    [Theory]
    [InlineData("http://zwfw.example.cn/")]
    [InlineData(" https://www.sxzwfw.gov.cn/ ")]
    public void Check_WebAddress_IsAccepted(string url) =>
        Assert.Empty(ServiceGuideRules.Check(Typical with { OnlineLevel = OnlineLevel.FullyOnline, OnlineUrl = url }));

    [Fact]
    public void Check_AddressNotWeb_HasItsMessage() =>
        Assert.Equal(("OnlineUrl", "网上办理地址应以 http:// 或 https:// 开头。"), Pair(Single(Typical with { OnlineUrl = "ftp://example.cn/" })));

    [Fact]
    public void Check_OnlinePreReviewWithBlankAddress_NamesTheLevel() =>
        Assert.Equal(
            ("OnlineUrl", "网上可办理程度为“网上预审”时，请填写网上办理地址。"),
            Pair(Single(Typical with { OnlineLevel = OnlineLevel.OnlinePreReview, OnlineUrl = " " })));

    [Fact]
    public void Check_TwentyQuestions_AreAccepted_TwentyOneAreRefused()
    {
        var questions = Enumerable.Range(1, 21).Select(i => new ServiceQuestion($"问题{i}", $"解答{i}")).ToList();

        Assert.Empty(ServiceGuideRules.Check(Typical with { Questions = [.. questions.Take(20)] }));
        Assert.Equal(("Questions", "常见问题不能超过20条。"), Pair(Single(Typical with { Questions = questions })));
    }

    [Fact]
    public void Check_QuestionWithoutQuestionOrAnswer_NamesTheRow()
    {
        var problems = ServiceGuideRules.Check(Typical with { Questions = [new ServiceQuestion("问", "答"), new ServiceQuestion(" ", "答"), new ServiceQuestion("问", " ")] });

        Assert.Equal(
            [("Questions[1].Answer", "第2条常见问题须同时填写问题和解答。"), ("Questions[2].Answer", "第3条常见问题须同时填写问题和解答。")],
            problems.Select(Pair));
    }

    [Fact]
    public void Check_LifeEventsAndTheme_HaveTheirMessages()
    {
        Assert.Empty(ServiceGuideRules.Check(Typical with { LifeEvents = [] }));
        Assert.Equal(("LifeEvents", "人生事件无效。"), Pair(Single(Typical with { LifeEvents = ["assistance", "nope"] })));
        Assert.Equal(("Theme", "请选择主题。"), Pair(Single(Typical with { Theme = "nope" })));
    }

    private static (string, string) Pair(GuideProblem problem) => (problem.Field, problem.Message);
}
