using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>What the applicant may read online, the reply files' window, and pasted numbers.</summary>
public class RequestRepliesOnlineTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    private static DisclosureRequest Accepted(ReceivingMethod method)
    {
        var request = new DisclosureRequest(
            RequestNumber.Format(Day, 1), 1,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.Passport, "E1", "13812341234", "a@example.cn", "某地"),
            new RequestedInformation("某文件", InformationForm.Electronic, method), RequestChannel.Online, Day);
        request.Accept(Day);
        return request;
    }

    private static DisclosureRequest Answered(ReceivingMethod method, RequestOutcome outcome)
    {
        var request = Accepted(method);
        request.ProposeDecision(outcome, "答复。", Day, "clerk");
        request.ApproveDecision("head", Day, "高政依申〔2026〕1号");
        request.Deliver(method, Day);
        return request;
    }

    [Theory]
    [InlineData(ReceivingMethod.Online, RequestOutcome.Disclosed, true)]
    [InlineData(ReceivingMethod.Email, RequestOutcome.PartlyDisclosed, true)]
    [InlineData(ReceivingMethod.Post, RequestOutcome.Disclosed, false)]
    [InlineData(ReceivingMethod.Online, RequestOutcome.WithheldStateSecret, false)]
    public void ProvidesInformationOnline_OnlyForOnlineOrEmailAndSomethingDisclosed(ReceivingMethod method, RequestOutcome outcome, bool expected)
    {
        var request = Answered(method, outcome);

        Assert.True(request.IsReplyOnline);
        Assert.Equal(expected, request.ProvidesInformationOnline);
        Assert.Equal("高政依申〔2026〕1号", request.ReplyNoticeNumber);
    }

    [Fact]
    public void IsReplyOnline_BeforeDelivery_IsFalse()
    {
        var request = Accepted(ReceivingMethod.Online);
        request.ProposeDecision(RequestOutcome.Disclosed, "答复。", Day, "clerk");
        request.ApproveDecision("head", Day);

        Assert.False(request.IsReplyOnline);
        Assert.False(request.ProvidesInformationOnline);
    }

    [Fact]
    public void ReplyFile_OnlyWhileInProcess()
    {
        var request = Accepted(ReceivingMethod.Online);
        var file = new RequestReplyFile(request, "名单.pdf", "key-1", AttachmentKind.Pdf, 10, "ab");
        file.EnsureRemovable(request);

        request.ProposeDecision(RequestOutcome.Disclosed, "答复。", Day, "clerk");

        Assert.Throws<DomainException>(() => new RequestReplyFile(request, "名单2.pdf", "key-2", AttachmentKind.Pdf, 10, "ab"));
        Assert.Throws<DomainException>(() => file.EnsureRemovable(request));
    }

    [Theory]
    [InlineData(" YSQ202611200001 ")]
    [InlineData("　YSQ202611200001　")]
    [InlineData("YSQ 2026 1120 0001")]
    [InlineData("ｙｓｑ２０２６１１２００００１")]
    [InlineData("ysq-20261120-0001\n")]
    public void Normalise_PastedNumbers_BecomeValid(string pasted)
    {
        Assert.Equal("YSQ202611200001", RequestNumber.Normalise(pasted));
        Assert.True(RequestNumber.IsValid(RequestNumber.Normalise(pasted)));
    }
}
