using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Requests;

/// <summary>Item 8 of issue 21: 受理 in 办理经过, and who acts next on a case, also for the county reviewer.</summary>
public class RequestHistoryTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<int> SeedAsync(int sequence, Action<DisclosureRequest> then)
    {
        var organisationId = await factory.OrganisationIdAsync("gaodu");
        return await factory.QueryAsync(async db =>
        {
            var day = new DateOnly(2026, 11, 23);
            var request = new DisclosureRequest(
                RequestNumber.Format(day, sequence), organisationId,
                new ApplicantDetails(ApplicantType.NaturalPerson, "赵六", IdDocumentType.Passport, "E98765432", "13912345678", null, null),
                new RequestedInformation("某道路工程招标文件", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.Post, day);
            then(request);
            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
    }

    [Fact]
    public async Task Details_AcceptedCase_ShowsTheAcceptanceInTheHistory_AndTheReviewerSeesWhoActsNext()
    {
        var id = await SeedAsync(1, r => r.Accept(new DateOnly(2026, 11, 24)));
        var reviewer = await factory.ReviewerAsync("history-head");

        var page = await HtmlForms.GetAsync(reviewer, $"/admin/disclosurerequests/details/{id}");

        Assert.Contains("2026年11月24日 高都镇受理", page.Document.QuerySelector("#history-accepted")!.TextContent);
        Assert.Contains("2026年11月23日 收到申请", page.Document.QuerySelector("#history-received")!.TextContent);
        var next = page.Document.QuerySelector("#request-next")!.TextContent;
        Assert.Contains("由高都镇（承办单位信息员）办理并提出办理意见", next);
        Assert.Contains("不需要您操作", next);
    }

    [Fact]
    public async Task Details_ProposedCase_TellsTheReviewerTheApprovalIsTheirs()
    {
        var id = await SeedAsync(2, r =>
        {
            r.Accept(new DateOnly(2026, 11, 24));
            r.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", new DateOnly(2026, 11, 25), "some-clerk");
        });
        var reviewer = await factory.ReviewerAsync("history-head-2");

        var page = await HtmlForms.GetAsync(reviewer, $"/admin/disclosurerequests/details/{id}");

        var next = page.Document.QuerySelector("#request-next")!.TextContent;
        Assert.Contains("由县政务公开办（政府信息公开工作机构负责人）审批办理意见", next);
        Assert.Contains("请在下方", next);
    }
}
