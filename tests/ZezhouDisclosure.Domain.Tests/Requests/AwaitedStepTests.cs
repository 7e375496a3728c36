using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>
/// 办理经过's "下一步": who a case waits for and for what, in the words staff read on the case page; the receipt
/// e-mail's outcome; pasted application numbers.
/// </summary>
public class AwaitedStepTests
{
    public static TheoryData<string, RequestParty, string> Steps => new()
    {
        { "registered", RequestParty.HandlingOrganisation, "受理（或一次性告知补正、转办）" },
        { "processing", RequestParty.HandlingOrganisation, "办理并提出办理意见" },
        { "extension", RequestParty.HeadOfOffice, "审批延期申请" },
        { "supplement", RequestParty.Applicant, "补正（期限至 2026-12-23）" },
        { "consultation", RequestParty.ConsultedParty, "提出意见（征求意见期间答复期限暂停计算）" },
        { "consultation+extension", RequestParty.HeadOfOffice, "审批延期申请（同时等待被征求意见方答复）" },
        { "pending-approval", RequestParty.HeadOfOffice, "审批办理意见（报批）" },
        { "approved", RequestParty.HandlingOrganisation, "出具答复告知书并送达" },
    };

    private static DisclosureRequest InState(string state)
    {
        var builder = new DisclosureRequestBuilder().ReceivedOn(new DateOnly(2026, 11, 27));
        return (state switch
        {
            "registered" => builder,
            "processing" => builder.Accepted(),
            "extension" => builder.WithPendingExtension(),
            "supplement" => builder.AwaitingSupplement(),
            "consultation" => builder.InConsultation(),
            "consultation+extension" => builder.InConsultation().Then(r => r.RequestExtension(10, "涉及档案检索量较大", "clerk")),
            "pending-approval" => builder.PendingApproval(),
            "approved" => builder.Approved(),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        }).Build();
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Awaited_OpenCase_NamesWhoActsNextAndTheStep(string state, RequestParty party, string step)
    {
        var awaited = InState(state).Awaited();

        Assert.Equal(new AwaitedStep(party, step), awaited);
    }

    [Fact]
    public void Awaited_AnsweredCase_IsNothing()
    {
        Assert.Null(new DisclosureRequestBuilder().Answered().Build().Awaited());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RecordReceiptEmailProblem_Blank_IsRefused(string problem)
    {
        var request = new DisclosureRequestBuilder().Build();

        Assert.ThrowsAny<ArgumentException>(() => request.RecordReceiptEmailProblem(problem));
        Assert.Null(request.ReceiptEmailProblem);
    }

    [Theory]
    [InlineData(500, 500)]
    [InlineData(501, 500)]
    [InlineData(12, 12)]
    public void RecordReceiptEmailProblem_KeepsAtMost500Characters(int length, int kept)
    {
        var request = new DisclosureRequestBuilder().Build();
        var problem = new string('错', length);

        request.RecordReceiptEmailProblem(problem);

        Assert.Equal(problem[..kept], request.ReceiptEmailProblem);
    }

    [Fact]
    public void RecordReceiptEmailSent_AfterAProblem_ClearsTheProblem()
    {
        var request = new DisclosureRequestBuilder().Build();
        request.RecordReceiptEmailProblem("SMTP 服务器拒绝连接");
        var at = new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

        request.RecordReceiptEmailSent(at);

        Assert.Equal(at, request.ReceiptEmailSentAt);
        Assert.Null(request.ReceiptEmailProblem);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData(" ＹＳＱ２０２６１１２７０００１　", "YSQ202611270001")]
    [InlineData("ysq-20261127-0001\n", "YSQ202611270001")]
    public void Normalise_PastedNumber_IsComparable(string? typed, string expected)
    {
        Assert.Equal(expected, RequestNumber.Normalise(typed));
    }
}
