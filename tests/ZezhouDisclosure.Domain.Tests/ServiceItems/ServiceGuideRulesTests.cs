using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.ServiceItems;

public class ServiceGuideRulesTests
{
    private static IReadOnlyList<GuideProblem> Check(ServiceGuide guide) => ServiceGuideRules.Check(guide);

    [Fact]
    public void Check_TypicalGuide_HasNoProblems() => Assert.Empty(Check(ServiceGuideBuilder.Typical()));

    [Fact]
    public void Check_NoConditions_IsRefusedOnConditions()
    {
        var problem = Assert.Single(Check(ServiceGuideBuilder.Typical() with { Conditions = "  " }));

        Assert.Equal(("Conditions", "请填写受理条件。"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Check_NoMaterials_IsRefused()
    {
        var problem = Assert.Single(Check(ServiceGuideBuilder.Typical() with { Materials = [] }));

        Assert.Equal(("Materials", "请至少填写一项申请材料。"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Check_PromisedLongerThanLegal_IsRefusedWithBothFigures()
    {
        var problem = Assert.Single(Check(ServiceGuideBuilder.Typical() with { LegalDays = 20, PromisedDays = 21 }));

        Assert.Equal("PromisedDays", problem.Field);
        Assert.Equal("承诺办结时限（21个工作日）不能超过法定办结时限（20个工作日）。", problem.Message);
    }

    [Theory]
    [InlineData(20, 20)]
    [InlineData(20, 0)]
    [InlineData(1, 1)]
    public void Check_PromisedWithinLegal_IsAccepted(int legal, int promised) =>
        Assert.Empty(Check(ServiceGuideBuilder.Typical() with { LegalDays = legal, PromisedDays = promised }));

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Check_LegalDaysOutOfRange_IsRefused(int legal) =>
        Assert.Contains(Check(ServiceGuideBuilder.Typical() with { LegalDays = legal, PromisedDays = 0 }), p => p.Field == "LegalDays");

    [Fact]
    public void Check_NegativePromise_IsRefused() =>
        Assert.Contains(Check(ServiceGuideBuilder.Typical() with { PromisedDays = -1 }), p => p.Field == "PromisedDays");

    [Fact]
    public void Check_FeeWithoutBasis_IsRefusedOnFeeBasis()
    {
        var problem = Assert.Single(Check(ServiceGuideBuilder.Typical() with { IsFree = false, FeeStandard = "每件10元" }));

        Assert.Equal(("FeeBasis", "请填写收费依据。"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Check_FeeWithStandardAndBasis_IsAccepted() =>
        Assert.Empty(Check(ServiceGuideBuilder.Typical() with { IsFree = false, FeeStandard = "每件10元", FeeBasis = "晋价费字〔2020〕1号" }));

    [Fact]
    public void Check_FeeWithoutStandard_IsRefusedOnFeeStandard() =>
        Assert.Contains(Check(ServiceGuideBuilder.Typical() with { IsFree = false, FeeBasis = "晋价费字〔2020〕1号" }), p => p.Field == "FeeStandard");

    [Fact]
    public void Check_OnlineWithoutAddress_IsRefused()
    {
        var problem = Assert.Single(Check(ServiceGuideBuilder.Typical() with { OnlineLevel = OnlineLevel.FullyOnline, OnlineUrl = null }));

        Assert.Equal(("OnlineUrl", "网上可办理程度为“全程网办”时，请填写网上办理地址。"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Check_OnSiteWithoutAddress_IsAccepted() =>
        Assert.Empty(Check(ServiceGuideBuilder.Typical() with { OnlineLevel = OnlineLevel.OnSite, OnlineUrl = null }));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("www.example.com")]
    [InlineData("ftp://example.com")]
    public void Check_OnlineAddressNotWeb_IsRefused(string url) =>
        Assert.Contains(Check(ServiceGuideBuilder.Typical() with { OnlineUrl = url }), p => p.Field == "OnlineUrl");

    [Fact]
    public void Check_MaterialWithoutName_IsRefusedOnItsRow()
    {
        var guide = ServiceGuideBuilder.Typical();
        var problems = Check(guide with { Materials = [guide.Materials[0], guide.Materials[1] with { Name = " " }] });

        Assert.Contains(problems, p => p.Field == "Materials[1].Name" && p.Message == "请填写第2项申请材料的名称。");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Check_MaterialCopiesOutOfRange_IsRefused(int copies)
    {
        var guide = ServiceGuideBuilder.Typical();
        Assert.Contains(Check(guide with { Materials = [guide.Materials[0] with { Copies = copies }] }), p => p.Field == "Materials[0].Copies");
    }

    [Fact]
    public void Check_DuplicateMaterialNames_IsRefused()
    {
        var guide = ServiceGuideBuilder.Typical();
        Assert.Contains(
            Check(guide with { Materials = [guide.Materials[0], guide.Materials[0] with { Key = 9 }] }),
            p => p.Message == "申请材料名称不能重复。");
    }

    [Fact]
    public void Check_NoSteps_IsRefused() =>
        Assert.Contains(Check(ServiceGuideBuilder.Typical() with { Steps = [" "] }), p => p.Field == "Steps");

    [Fact]
    public void Check_QuestionWithoutAnswer_IsRefused() =>
        Assert.Contains(Check(ServiceGuideBuilder.Typical() with { Questions = [new ServiceQuestion("问题", "")] }), p => p.Field == "Questions[0].Answer");

    [Fact]
    public void Check_UnknownLifeEventOrTheme_IsRefused()
    {
        var problems = Check(ServiceGuideBuilder.Typical() with { LifeEvents = ["nope"], Theme = "nope" });

        Assert.Contains(problems, p => p.Field == "LifeEvents");
        Assert.Contains(problems, p => p.Field == "Theme");
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("Basis")]
    [InlineData("Location")]
    [InlineData("Hours")]
    [InlineData("ConsultPhone")]
    [InlineData("ComplaintPhone")]
    public void Check_RequiredTextBlank_IsRefusedOnItsField(string field)
    {
        var guide = ServiceGuideBuilder.Typical();
        guide = field switch
        {
            "Name" => guide with { Name = "" },
            "Basis" => guide with { Basis = "" },
            "Location" => guide with { Location = "" },
            "Hours" => guide with { Hours = "" },
            "ConsultPhone" => guide with { ConsultPhone = "" },
            _ => guide with { ComplaintPhone = "" },
        };

        Assert.Equal(field, Assert.Single(Check(guide)).Field);
    }

    [Fact]
    public void Check_UndefinedTypeAndLevel_IsRefused()
    {
        var problems = Check(ServiceGuideBuilder.Typical() with { Type = 0, OnlineLevel = 0 });

        Assert.Contains(problems, p => p.Field == "Type");
        Assert.Contains(problems, p => p.Field == "OnlineLevel");
    }
}
