using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.Application.Tests.RequestNotices;

/// <summary>The content of each 告知书: legal articles, dates, amounts, remedies (pure templates, shipped 2020–2026 calendar).</summary>
public class NoticeTemplatesTests
{
    private static readonly DateOnly Received = new(2026, 11, 20); // a Friday; 20 working days → 2026-12-18
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly WorkingDayCalendar Calendar = new(
        HolidayCalendarSeeder.Load().Select(y => y.Year.Year), HolidayCalendarSeeder.Load().SelectMany(y => y.Days));

    private static readonly Organisation Township = new("gaodu", "泽州县高都镇人民政府", OrganisationKind.Township, "140525107", 1);

    private static DisclosureRequest NewRequest()
    {
        var request = new DisclosureRequest(
            RequestNumber.Format(Received, 1), 1,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.Passport, "E12345678", "13812341234", null, "泽州县高都镇某村"),
            new RequestedInformation("2026年高都镇农村危房改造补助名单", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, Received);
        request.Accept(Received);
        return request;
    }

    private static DisclosureRequest Decided(RequestOutcome outcome)
    {
        var request = NewRequest();
        if (outcome == RequestOutcome.UnavailableStillUnclear)
        {
            request.RequestSupplement("请写明文件名称", new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 4));
            request.ReceiveSupplement(new DateOnly(2026, 11, 25));
        }

        request.ProposeDecision(outcome, "经研究，答复如下。", new DateOnly(2026, 12, 1), "clerk");
        request.ApproveDecision("head", new DateOnly(2026, 12, 2));
        return request;
    }

    private static string AllText(NoticeModel n) =>
        string.Join("\n", n.Paragraphs.Concat(n.LegalBasis).Concat(n.Facts.Select(f => f.Label + "：" + f.Value)).Append(n.Remedies ?? ""));

    [Fact]
    public void Receipt_AcceptedRequest_CitesArticles31And33_AndGivesTheDueDateWithoutRemedies()
    {
        var notice = NoticeTemplates.Build(NewRequest(), Township, Calendar, Today, NoticeKind.Receipt);

        Assert.Equal("政府信息公开申请受理回执", notice.Title);
        Assert.Equal("2026年11月20日", notice.DateText);
        Assert.Equal("张三", notice.Addressee);
        Assert.Contains("《中华人民共和国政府信息公开条例》第三十一条", notice.LegalBasis);
        Assert.Contains("《中华人民共和国政府信息公开条例》第三十三条", notice.LegalBasis);
        Assert.Contains("2026年12月18日", AllText(notice));
        Assert.Contains("YSQ202611200001", AllText(notice));
        // A receipt decides nothing: only decisions carry the appeal-rights paragraph.
        Assert.Null(notice.Remedies);
        Assert.DoesNotContain("行政复议", AllText(notice));
    }

    [Fact]
    public void Notices_OfATownship_NameTheLegalNameAsIssuerAndSeal_NotTheShortName()
    {
        var township = new Organisation("gaodu", "高都镇", OrganisationKind.Township, "140525107", 1);
        township.SetLegalName(Organisation.DefaultLegalName("高都镇", OrganisationKind.Township));

        var receipt = NoticeTemplates.Build(NewRequest(), township, Calendar, Today, NoticeKind.Receipt);
        var reply = NoticeTemplates.Build(Decided(RequestOutcome.Disclosed), township, Calendar, Today, NoticeKind.Reply);

        Assert.Equal("泽州县高都镇人民政府", receipt.OrganisationName);
        Assert.Equal("泽州县高都镇人民政府", reply.OrganisationName);
        Assert.StartsWith("泽州县高都镇人民政府于", receipt.Paragraphs[0]);
    }

    [Fact]
    public void Reply_ApprovedWithANoticeNumber_CarriesIt_ElseTheDerivedReference()
    {
        var numbered = NewRequest();
        numbered.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", new DateOnly(2026, 12, 1), "clerk");
        numbered.ApproveDecision("head", new DateOnly(2026, 12, 2), "高政依申〔2026〕3号");

        Assert.Equal("高政依申〔2026〕3号", NoticeTemplates.Build(numbered, Township, Calendar, Today, NoticeKind.Reply).Reference);
        Assert.Equal("YSQ202611200001-答复", NoticeTemplates.Build(Decided(RequestOutcome.Disclosed), Township, Calendar, Today, NoticeKind.Reply).Reference);
    }

    [Theory]
    [InlineData("2026年高都镇农村危房改造补助名单。")]
    [InlineData("2026年高都镇农村危房改造补助名单")]
    [InlineData("2026年高都镇农村危房改造补助名单；　")]
    public void Opening_DescriptionEndingInAFullStop_IsQuotedWithoutADoubledStop(string description)
    {
        var request = new DisclosureRequest(
            RequestNumber.Format(Received, 1), 1,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.Passport, "E12345678", "13812341234", null, null),
            new RequestedInformation(description, InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, Received);
        request.Accept(Received);

        var notice = NoticeTemplates.Build(request, Township, Calendar, Today, NoticeKind.Receipt);

        Assert.Contains("申请获取“2026年高都镇农村危房改造补助名单”。", notice.Paragraphs[0]);
        Assert.DoesNotContain("。”。", string.Join("", notice.Paragraphs));
    }

    [Fact]
    public void Receipt_NotYetAccepted_IsRefused()
    {
        var request = new DisclosureRequest(
            RequestNumber.Format(Received, 2), 1,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.Passport, "E12345678", "13812341234", null, null),
            new RequestedInformation("某文件", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, Received);

        Assert.Throws<ConflictException>(() => NoticeTemplates.Build(request, Township, Calendar, Today, NoticeKind.Receipt));
        Assert.Empty(NoticeTemplates.Available(request));
    }

    [Fact]
    public void Supplement_GivesItemsDeadlineAndArticle30()
    {
        var request = NewRequest();
        request.RequestSupplement("请写明所需文件的文号", new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 8));

        var notice = NoticeTemplates.Build(request, Township, Calendar, Today, NoticeKind.Supplement);

        Assert.Equal("2026年11月24日", notice.DateText);
        Assert.Equal(["《中华人民共和国政府信息公开条例》第三十条"], notice.LegalBasis);
        Assert.Contains("请写明所需文件的文号", AllText(notice));
        Assert.Contains("请于 2026年12月8日 前", AllText(notice));
        Assert.Contains("视为放弃申请", AllText(notice));
    }

    [Fact]
    public void ThirdPartyConsultation_IsAddressedToTheThirdParty_WithoutTheApplicantsName()
    {
        var request = NewRequest();
        request.StartConsultation(ConsultationKind.ThirdParty, "山西某建筑有限公司", new DateOnly(2026, 11, 23));
        var consultation = request.Consultations.Single();

        var notice = NoticeTemplates.Build(request, Township, Calendar, Today, NoticeKind.ThirdPartyConsultation, consultation.Id);

        Assert.Equal("山西某建筑有限公司", notice.Addressee);
        Assert.Contains("《中华人民共和国政府信息公开条例》第三十二条", notice.LegalBasis);
        Assert.Contains("2026年12月14日", AllText(notice)); // 15 working days after 11-23
        Assert.DoesNotContain("张三", AllText(notice));
        Assert.DoesNotContain("张三", notice.Addressee + notice.Title + notice.Reference);
    }

    [Fact]
    public void Extension_GivesTheDaysAndTheNewDueDate_WithArticle33Paragraph2()
    {
        var request = NewRequest();
        request.RequestExtension(10, "所需信息涉及多个部门，需要协调", "clerk");
        request.ApproveExtension("head");

        var notice = NoticeTemplates.Build(request, Township, Calendar, Today, NoticeKind.Extension);

        Assert.Equal(["《中华人民共和国政府信息公开条例》第三十三条第二款"], notice.LegalBasis);
        Assert.Contains("延长 10 个工作日", AllText(notice));
        Assert.Contains("2027年1月1日", AllText(notice)); // 12-18 + 10 working days; 2027 is not loaded, so 元旦 counts: an estimate
        Assert.Contains("估算", AllText(notice));
        Assert.Equal("2026年11月27日", notice.DateText);
    }

    [Fact]
    public void Reply_BeforeTheDecisionIsApproved_IsNotAvailable()
    {
        var request = NewRequest();
        request.ProposeDecision(RequestOutcome.Disclosed, "予以公开", new DateOnly(2026, 12, 1), "clerk");

        Assert.DoesNotContain(NoticeTemplates.Available(request), n => n.Kind == NoticeKind.Reply);
        var refused = Assert.Throws<ConflictException>(() => NoticeTemplates.Build(request, Township, Calendar, Today, NoticeKind.Reply));
        Assert.Contains("报批", refused.Message);
    }

    [Theory]
    [InlineData(RequestOutcome.Disclosed, "第三十六条第（二）项")]
    [InlineData(RequestOutcome.PartlyDisclosed, "第三十七条")]
    [InlineData(RequestOutcome.WithheldStateSecret, "第十四条")]
    [InlineData(RequestOutcome.WithheldProhibitedByLaw, "第十四条")]
    [InlineData(RequestOutcome.WithheldSecurityOrStability, "第十四条")]
    [InlineData(RequestOutcome.WithheldThirdPartyRights, "第十五条")]
    [InlineData(RequestOutcome.WithheldInternalAffairs, "第十六条第一款")]
    [InlineData(RequestOutcome.WithheldProcessInformation, "第十六条第二款")]
    [InlineData(RequestOutcome.WithheldEnforcementFile, "第十六条第二款")]
    [InlineData(RequestOutcome.WithheldAdministrativeQuery, "第三十六条第（三）项")]
    [InlineData(RequestOutcome.UnavailableNotHeld, "第三十六条第（四）项、第（五）项")]
    [InlineData(RequestOutcome.UnavailableWouldNeedCreating, "第三十八条")]
    [InlineData(RequestOutcome.UnavailableStillUnclear, "第三十条")]
    [InlineData(RequestOutcome.NotHandledPetition, "第三十九条第一款")]
    [InlineData(RequestOutcome.NotHandledRepeated, "第三十六条第（六）项")]
    [InlineData(RequestOutcome.NotHandledPublication, "第三十九条第二款")]
    [InlineData(RequestOutcome.NotHandledExcessive, "第三十五条")]
    [InlineData(RequestOutcome.NotHandledConfirmation, "第三十八条")]
    [InlineData(RequestOutcome.OtherFeeNotPaid, "第四十二条")]
    [InlineData(RequestOutcome.OtherOther, "第三十六条")]
    public void Reply_ApprovedDecision_CitesTheOutcomesArticleInTextAndBasis(RequestOutcome outcome, string article)
    {
        var notice = NoticeTemplates.Build(Decided(outcome), Township, Calendar, Today, NoticeKind.Reply);

        Assert.Equal("政府信息公开申请答复告知书", notice.Title);
        Assert.Equal("2026年12月2日", notice.DateText);
        Assert.Contains("《中华人民共和国政府信息公开条例》" + article, notice.LegalBasis);
        Assert.Contains(article, string.Join("", notice.Paragraphs));
        Assert.Contains(notice.Facts, f => f.Label == "办理结果" && f.Value == RequestOutcomes.Label(outcome));
        Assert.Contains("经研究，答复如下。", AllText(notice));
        Assert.Contains("泽州县人民政府", notice.Remedies);
    }

    [Fact]
    public void Reply_Abandoned_CitesArticle30AndTheSupplementDates()
    {
        var request = NewRequest();
        request.RequestSupplement("请写明文号", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30));
        request.MarkAbandoned(new DateOnly(2026, 12, 1));

        var notice = NoticeTemplates.Build(request, Township, Calendar, Today, NoticeKind.Reply);

        Assert.Contains("《中华人民共和国政府信息公开条例》第三十条", notice.LegalBasis);
        Assert.Contains("补正期限至2026年11月30日", AllText(notice));
        Assert.Equal("2026年12月1日", notice.DateText);
    }

    [Fact]
    public void Reply_ByTheCountyGovernment_NamesTheCityGovernmentForReview()
    {
        var county = new Organisation("xzf", "泽州县人民政府", OrganisationKind.CountyGovernment, "140525000", 0);

        var notice = NoticeTemplates.Build(Decided(RequestOutcome.Disclosed), county, Calendar, Today, NoticeKind.Reply);

        Assert.Contains("向晋城市人民政府申请行政复议", notice.Remedies);
    }

    [Fact]
    public void Fee_ByPieceAfterTwelveThisMonth_Charges100YuanWithA20WorkingDayDeadline()
    {
        var notice = NoticeTemplates.Build(NewRequest(), Township, Calendar, Today, NoticeKind.Fee, fee: new FeeFacts(FeeMethod.ByPiece, 1, 12));

        Assert.Contains(notice.Facts, f => f.Label == "收费金额" && f.Value == "100.00 元");
        Assert.Contains(notice.Facts, f => f.Label == "缴费期限" && f.Value == "2026年12月25日");
        Assert.Contains("《中华人民共和国政府信息公开条例》第四十二条", notice.LegalBasis);
        Assert.Contains("《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）", notice.LegalBasis);
        Assert.Contains("按件计收", AllText(notice));
    }

    [Fact]
    public void Fee_ByQuantityOf120Pages_Charges1100Yuan()
    {
        var notice = NoticeTemplates.Build(NewRequest(), Township, Calendar, Today, NoticeKind.Fee, fee: new FeeFacts(FeeMethod.ByQuantity, 120, 0));

        Assert.Contains(notice.Facts, f => f.Label == "收费金额" && f.Value == "1100.00 元"); // 70 × 10 + 20 × 20
    }

    [Fact]
    public void Fee_WithinTheFreeAllowance_IsRefused()
    {
        Assert.Throws<ConflictException>(() =>
            NoticeTemplates.Build(NewRequest(), Township, Calendar, Today, NoticeKind.Fee, fee: new FeeFacts(FeeMethod.ByPiece, 1, 3)));
    }

    [Fact]
    public void Fee_ByQuantityForAWithholdingDecision_IsNotAvailable()
    {
        var request = NewRequest();
        request.ProposeDecision(RequestOutcome.WithheldStateSecret, "不予公开", new DateOnly(2026, 12, 1), "clerk");

        Assert.NotNull(NoticeTemplates.UnavailableReason(request, NoticeKind.Fee, null, FeeMethod.ByQuantity));
        Assert.Null(NoticeTemplates.UnavailableReason(request, NoticeKind.Fee, null, FeeMethod.ByPiece));
    }
}
