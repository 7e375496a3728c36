using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class DocumentPermissionsTests
{
    private static readonly DateTime Now = DocumentBuilder.Now;

    private static readonly Actor ClerkOf7 = new("clerk", 7, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor ClerkOf8 = new("other", 8, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor Reviewer = new("reviewer", null, IsReviewer: true, IsCountyWide: true);
    private static readonly Actor Administrator = new("admin", null, IsReviewer: false, IsCountyWide: true);

    private static Document In(string state) => state switch
    {
        "draft" => new DocumentBuilder().Build(),
        "draft-on-request" => new DocumentBuilder().OnRequest().Build(),
        "returned" => new DocumentBuilder().Returned().Build(),
        "submitted" => new DocumentBuilder().Submitted().Build(),
        "submitted-on-request" => new DocumentBuilder().OnRequest().Submitted().Build(),
        "filed-on-request" => new DocumentBuilder().OnRequest().Submitted().Then(d => d.AcknowledgeFiling(Now, "reviewer")).Build(),
        "published" => new DocumentBuilder().Published().Build(),
        "published-urgently" => new DocumentBuilder().PublishedUrgently().Build(),
        "approved-not-public" => new DocumentBuilder().OnRequest().Approved().Build(),
        "withdrawn" => new DocumentBuilder().Withdrawn().Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>Each step: what the entity says, and the state-changing method that must agree with it.</summary>
    private static readonly (string Step, Func<Document, bool> Can, Action<Document> Do)[] Steps =
    [
        ("edit", d => d.CanEdit(), d => d.Edit(new DocumentContentBuilder().Build())),
        ("submit", d => d.CanSubmit(), d => d.Submit(Now, "clerk")),
        ("publish-urgently", d => d.CanPublishUrgently(), d => d.PublishUrgently("140525107/2026-09999", Now, "clerk")),
        ("approve", d => d.CanApprove(), d => d.Approve("140525107/2026-09998", Now, "reviewer")),
        ("return", d => d.CanReturn(), d => d.Return("请补充发文字号。", Now, "reviewer")),
        ("acknowledge-filing", d => d.CanAcknowledgeFiling(), d => d.AcknowledgeFiling(Now, "reviewer")),
        ("confirm-post-review", d => d.CanConfirmPostReview(), d => d.ConfirmPostReview(Now, "reviewer")),
        ("withdraw", d => d.CanWithdraw(), d => d.Withdraw("因政策调整，本文件已被新文件替代。", Now, "reviewer")),
    ];

    [Theory]
    [InlineData("draft", "edit,submit,publish-urgently")]
    [InlineData("draft-on-request", "edit,submit")]
    [InlineData("returned", "edit,submit,publish-urgently")]
    [InlineData("submitted", "approve,return")]
    [InlineData("submitted-on-request", "return,acknowledge-filing")]
    [InlineData("filed-on-request", "approve,return,acknowledge-filing")]
    [InlineData("published", "withdraw")]
    [InlineData("published-urgently", "confirm-post-review,withdraw")]
    [InlineData("approved-not-public", "")]
    [InlineData("withdrawn", "")]
    public void CanX_InEachState_AllowsExactlyTheseSteps(string state, string allowed)
    {
        var expected = allowed.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var document = In(state);

        Assert.Equal(expected, Steps.Where(s => s.Can(document)).Select(s => s.Step));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("draft-on-request")]
    [InlineData("returned")]
    [InlineData("submitted")]
    [InlineData("submitted-on-request")]
    [InlineData("filed-on-request")]
    [InlineData("published")]
    [InlineData("published-urgently")]
    [InlineData("approved-not-public")]
    [InlineData("withdrawn")]
    public void Mutators_InEachState_RefuseExactlyWhenCanXIsFalse(string state)
    {
        foreach (var (step, can, act) in Steps)
        {
            var document = In(state);
            if (can(document))
            {
                act(document);
            }
            else
            {
                var error = Assert.Throws<DomainException>(() => act(document));
                Assert.False(string.IsNullOrWhiteSpace(error.Message), step);
            }
        }
    }

    [Fact]
    public void Approve_SubmittedOnRequestWithoutFiling_GivesTheFilingReason()
    {
        var error = Assert.Throws<DomainException>(() => In("submitted-on-request").Approve("140525107/2026-09997", Now, "reviewer"));

        Assert.Contains("公开属性备案", error.Message);
    }

    [Fact]
    public void Allowed_Draft_ClerkOfTheOrganisationWritesAndDeletes()
    {
        var allowed = In("draft").Allowed(ClerkOf7);

        Assert.True(allowed.CanEdit);
        Assert.True(allowed.CanSubmit);
        Assert.True(allowed.CanPublishUrgently);
        Assert.True(allowed.CanDelete);
        Assert.True(allowed.CanSetValidity);
        Assert.False(allowed.CanReview);
        Assert.False(allowed.CanWithdraw);
    }

    [Fact]
    public void Allowed_Draft_ClerkOfAnotherOrganisationMayDoNothing()
    {
        Assert.Equal(AllowedDocumentActions.None, In("draft").Allowed(ClerkOf8));
    }

    [Fact]
    public void Allowed_Draft_ReviewerMayDeleteAndSetValidityButNotEdit()
    {
        var allowed = In("draft").Allowed(Reviewer);

        Assert.False(allowed.CanEdit);
        Assert.False(allowed.CanSubmit);
        Assert.False(allowed.CanReview);
        Assert.True(allowed.CanDelete);
        Assert.True(allowed.CanSetValidity);
    }

    [Fact]
    public void Allowed_Submitted_ReviewerReviewsAndTheClerkMayNoLongerDelete()
    {
        var document = In("submitted");

        var reviewer = document.Allowed(Reviewer);
        var clerk = document.Allowed(ClerkOf7);

        Assert.True(reviewer.CanReview);
        Assert.True(reviewer.CanApprove);
        Assert.True(reviewer.CanReturn);
        Assert.False(clerk.CanEdit);
        Assert.False(clerk.CanDelete);
        Assert.False(clerk.CanReview);
    }

    [Fact]
    public void Allowed_Published_OnlyAReviewerWithdraws()
    {
        var document = In("published");

        Assert.True(document.Allowed(Reviewer).CanWithdraw);
        Assert.False(document.Allowed(Administrator).CanWithdraw);
        Assert.True(document.Allowed(Administrator).CanDelete);
        Assert.False(document.Allowed(ClerkOf7).CanWithdraw);
    }

    [Fact]
    public void Allowed_PublishedUrgently_ReviewerConfirmsPostReview()
    {
        Assert.True(In("published-urgently").Allowed(Reviewer).CanConfirmPostReview);
        Assert.False(In("published-urgently").Allowed(ClerkOf7).CanConfirmPostReview);
    }

    [Fact]
    public void Allowed_SubmittedOnRequest_ReviewerFilesBeforeApproving()
    {
        var allowed = In("submitted-on-request").Allowed(Reviewer);

        Assert.True(allowed.CanAcknowledgeFiling);
        Assert.True(allowed.CanReview);
        Assert.False(allowed.CanApprove);
    }
}
