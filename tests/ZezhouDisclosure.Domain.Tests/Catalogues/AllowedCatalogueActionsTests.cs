using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

public class CataloguePermissionsTests
{
    private static readonly DateTime Now = TownshipCatalogueBuilder.Now;

    private static readonly Actor TownshipClerk = new("clerk", 7, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor OtherClerk = new("other", 8, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor Reviewer = new("reviewer", null, IsReviewer: true, IsCountyWide: true);

    private static TownshipCatalogue In(string state) => state switch
    {
        "draft" => new TownshipCatalogueBuilder().Build(),
        "returned" => new TownshipCatalogueBuilder().Returned().Build(),
        "submitted" => new TownshipCatalogueBuilder().Submitted().Build(),
        "approved" => new TownshipCatalogueBuilder().Approved().Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static readonly (string Step, Func<TownshipCatalogue, bool> Can, Action<TownshipCatalogue> Do)[] Steps =
    [
        ("edit", c => c.CanEdit(), c => c.AddLocalItem(null, TownshipCatalogueBuilder.Row("概况信息", "乡镇简介"))),
        ("submit", c => c.CanSubmit(), c => c.Submit(Now, "clerk")),
        ("review", c => c.CanReview(), c => c.Return("请补充公开依据。", new Dictionary<int, string>(), Now, "reviewer")),
        ("review", c => c.CanReview(), c => c.Approve(new DateOnly(2026, 11, 28), new Dictionary<int, string>(), Now, "reviewer")),
        ("start-revision", c => c.CanStartRevision(), c => c.StartRevision()),
    ];

    [Theory]
    [InlineData("draft", "edit,submit")]
    [InlineData("returned", "edit,submit")]
    [InlineData("submitted", "review,review")]
    [InlineData("approved", "start-revision")]
    public void CanX_InEachState_AllowsExactlyTheseSteps(string state, string allowed)
    {
        var catalogue = In(state);

        Assert.Equal(allowed.Split(','), Steps.Where(s => s.Can(catalogue)).Select(s => s.Step));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("returned")]
    [InlineData("submitted")]
    [InlineData("approved")]
    public void Mutators_InEachState_RefuseExactlyWhenCanXIsFalse(string state)
    {
        foreach (var (step, can, act) in Steps)
        {
            var catalogue = In(state);
            if (can(catalogue))
            {
                act(catalogue);
            }
            else
            {
                var error = Assert.Throws<DomainException>(() => act(catalogue));
                Assert.False(string.IsNullOrWhiteSpace(error.Message), step);
            }
        }
    }

    [Fact]
    public void Allowed_Draft_TheTownshipClerkCompilesAndSubmits()
    {
        var catalogue = In("draft");

        Assert.Equal(new AllowedCatalogueActions(true, true, false, false), catalogue.Allowed(TownshipClerk));
        Assert.Equal(AllowedCatalogueActions.None, catalogue.Allowed(OtherClerk));
        Assert.Equal(AllowedCatalogueActions.None, catalogue.Allowed(Reviewer));
    }

    [Fact]
    public void Allowed_Submitted_OnlyAReviewerReviews()
    {
        var catalogue = In("submitted");

        Assert.True(catalogue.Allowed(Reviewer).CanReview);
        Assert.Equal(AllowedCatalogueActions.None, catalogue.Allowed(TownshipClerk));
    }

    [Fact]
    public void Allowed_Approved_TheTownshipClerkStartsARevision()
    {
        var catalogue = In("approved");

        Assert.True(catalogue.Allowed(TownshipClerk).CanStartRevision);
        Assert.False(catalogue.Allowed(Reviewer).CanStartRevision);
        Assert.False(catalogue.Allowed(TownshipClerk).CanEdit);
    }
}
