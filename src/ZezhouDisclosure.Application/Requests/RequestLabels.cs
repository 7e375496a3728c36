using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>The Chinese words for the request enums, shared by every screen.</summary>
public static class RequestLabels
{
    public static string Of(ApplicantType value) => value switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.CommercialEnterprise => "商业企业",
        ApplicantType.ResearchInstitution => "科研机构",
        ApplicantType.PublicInterestOrganisation => "社会公益组织",
        ApplicantType.LegalServiceInstitution => "法律服务机构",
        ApplicantType.OtherOrganisation => "其他组织",
        _ => value.ToString(),
    };

    public static string Of(IdDocumentType value) => value switch
    {
        IdDocumentType.ResidentIdCard => "居民身份证",
        IdDocumentType.UnifiedSocialCreditCode => "统一社会信用代码",
        IdDocumentType.Passport => "护照",
        IdDocumentType.HongKongMacaoPermit => "港澳居民来往内地通行证",
        IdDocumentType.TaiwanPermit => "台湾居民来往大陆通行证",
        IdDocumentType.Other => "其他有效证件",
        _ => value.ToString(),
    };

    public static string Of(InformationForm value) => value == InformationForm.Paper ? "纸质" : "电子";

    public static string Of(ReceivingMethod value) => value switch
    {
        ReceivingMethod.Post => "邮寄",
        ReceivingMethod.Email => "电子邮件",
        ReceivingMethod.Collect => "自行领取",
        ReceivingMethod.Online => "网上获取",
        _ => value.ToString(),
    };

    public static string Of(RequestChannel value) => value switch
    {
        RequestChannel.Online => "在线",
        RequestChannel.InPerson => "当面",
        RequestChannel.Post => "邮寄",
        RequestChannel.Fax => "传真",
        _ => value.ToString(),
    };

    public static string Of(ConsultationKind value) => value switch
    {
        ConsultationKind.ThirdParty => "征求第三方意见",
        ConsultationKind.OtherAgency => "征求其他机关意见",
        _ => value.ToString(),
    };

    public static string Of(RequestStatus value) => value switch
    {
        RequestStatus.Registered => "已登记",
        RequestStatus.Processing => "办理中",
        RequestStatus.AwaitingSupplement => "待补正",
        RequestStatus.InConsultation => "征求意见中",
        RequestStatus.PendingApproval => "待报批",
        RequestStatus.Approved => "已批准，待送达",
        RequestStatus.Answered => "已答复",
        RequestStatus.Abandoned => "视为放弃申请",
        RequestStatus.Transferred => "已转办",
        _ => value.ToString(),
    };
}
