using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.RequestNotices;

/// <summary>What a fee notice is computed from.</summary>
/// <param name="Method">按件 or 按量.</param>
/// <param name="Quantity">Pieces of this application (按件, "一事一申请") or pages (按量).</param>
/// <param name="EarlierPiecesThisMonth">The same applicant's earlier applications to this organisation this natural month.</param>
public sealed record FeeFacts(FeeMethod Method, int Quantity, int EarlierPiecesThisMonth)
{
    public decimal Amount => Method == FeeMethod.ByPiece
        ? InformationProcessingFees.ByPiece(EarlierPiecesThisMonth, Quantity)
        : InformationProcessingFees.ByQuantity(Quantity);
}

/// <summary>One notice offered for a case; <see cref="ConsultationId"/> picks the third party.</summary>
public sealed record AvailableNotice(NoticeKind Kind, string Title, int? ConsultationId, string? Note);

/// <summary>
/// The 告知书 templates with their legal ground (条例 = 《中华人民共和国政府信息公开条例》, 国务院令第711号), and when each
/// is meaningful. Pure: the case, its organisation, the calendar and the day in, the <see cref="NoticeModel"/> out.
/// </summary>
public static class NoticeTemplates
{
    public const string Regulation = "《中华人民共和国政府信息公开条例》";

    /// <summary>Days the applicant has to pay (国办函〔2020〕109号; "收到收费通知次日起20个工作日内").</summary>
    public const int FeePaymentWorkingDays = 20;

    private const string FeeRules = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

    /// <summary>The notices that make sense for the case as it stands, in the order of the procedure.</summary>
    public static IReadOnlyList<AvailableNotice> Available(DisclosureRequest r)
    {
        var list = new List<AvailableNotice>();
        if (r.AcceptedOn is not null)
        {
            list.Add(new(NoticeKind.Receipt, "受理回执", null, null));
        }

        if (r.SupplementRequestedOn is not null)
        {
            list.Add(new(NoticeKind.Supplement, "补正告知书", null, null));
        }

        foreach (var c in r.Consultations.Where(c => c.Kind == ConsultationKind.ThirdParty).OrderBy(c => c.StartedOn))
        {
            list.Add(new(NoticeKind.ThirdPartyConsultation, "征求第三方意见书", c.Id, c.Party));
        }

        if (r.ExtensionDays > 0)
        {
            list.Add(new(NoticeKind.Extension, "延期答复告知书", null, null));
        }

        if (FeeUnavailableReason(r, null) is null)
        {
            list.Add(new(NoticeKind.Fee, "信息处理费收费通知", null, null));
        }

        if (ReplyIsAvailable(r))
        {
            list.Add(new(NoticeKind.Reply, "政府信息公开申请答复告知书", null, RequestOutcomes.Label(r.Outcome!.Value)));
        }

        return list;
    }

    /// <summary>Why the notice cannot be generated now, or null when it can.</summary>
    public static string? UnavailableReason(DisclosureRequest r, NoticeKind kind, int? consultationId, FeeMethod? feeMethod) => kind switch
    {
        NoticeKind.Receipt when r.AcceptedOn is null => "申请尚未受理，不能出具受理回执。",
        NoticeKind.Supplement when r.SupplementRequestedOn is null => "本申请未告知补正。",
        NoticeKind.ThirdPartyConsultation when ThirdParty(r, consultationId) is null => "没有该项征求第三方意见。",
        NoticeKind.Extension when r.ExtensionDays == 0 => "答复期限未经批准延长。",
        NoticeKind.Reply when !ReplyIsAvailable(r) => "办理意见尚未经报批同意，不能出具答复告知书。",
        NoticeKind.Fee => FeeUnavailableReason(r, feeMethod),
        _ => null,
    };

    public static NoticeModel Build(
        DisclosureRequest r,
        Organisation organisation,
        WorkingDayCalendar calendar,
        DateOnly today,
        NoticeKind kind,
        int? consultationId = null,
        FeeFacts? fee = null)
    {
        if (UnavailableReason(r, kind, consultationId, fee?.Method) is { } reason)
        {
            throw new ConflictException(reason);
        }

        return kind switch
        {
            NoticeKind.Receipt => Receipt(r, organisation, calendar),
            NoticeKind.Supplement => Supplement(r, organisation),
            NoticeKind.ThirdPartyConsultation => Consultation(r, organisation, calendar, ThirdParty(r, consultationId)!),
            NoticeKind.Extension => Extension(r, organisation, calendar, today),
            NoticeKind.Reply => Reply(r, organisation),
            NoticeKind.Fee => Fee(r, organisation, calendar, today, fee ?? throw new ArgumentNullException(nameof(fee))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>
    /// The 行政复议 body: the county government for townships and county departments, the city government for the county
    /// government and its office (行政复议法 2023 第二十四条). Vertically managed units name their own superior in practice.
    /// </summary>
    public static string ReviewBody(OrganisationKind kind) =>
        kind is OrganisationKind.CountyGovernment or OrganisationKind.CountyOffice ? "晋城市人民政府" : "泽州县人民政府";

    /// <summary>The legal articles behind each outcome of the answer (条例 unless said otherwise).</summary>
    public static IReadOnlyList<string> OutcomeArticles(RequestOutcome outcome) => outcome switch
    {
        RequestOutcome.Disclosed => ["第三十六条第（二）项", "第四十条"],
        RequestOutcome.PartlyDisclosed => ["第三十七条", "第三十六条第（二）项、第（三）项"],
        RequestOutcome.WithheldStateSecret or RequestOutcome.WithheldProhibitedByLaw or RequestOutcome.WithheldSecurityOrStability
            => ["第十四条", "第三十六条第（三）项"],
        RequestOutcome.WithheldThirdPartyRights => ["第十五条", "第三十二条", "第三十六条第（三）项"],
        RequestOutcome.WithheldInternalAffairs => ["第十六条第一款", "第三十六条第（三）项"],
        RequestOutcome.WithheldProcessInformation or RequestOutcome.WithheldEnforcementFile => ["第十六条第二款", "第三十六条第（三）项"],
        RequestOutcome.WithheldAdministrativeQuery => ["第三十六条第（三）项"],
        RequestOutcome.UnavailableNotHeld => ["第三十六条第（四）项、第（五）项"],
        RequestOutcome.UnavailableWouldNeedCreating => ["第三十八条"],
        RequestOutcome.UnavailableStillUnclear => ["第三十条"],
        RequestOutcome.NotHandledPetition => ["第三十九条第一款"],
        RequestOutcome.NotHandledRepeated => ["第三十六条第（六）项"],
        RequestOutcome.NotHandledPublication => ["第三十九条第二款"],
        RequestOutcome.NotHandledExcessive => ["第三十五条"],
        RequestOutcome.NotHandledConfirmation => ["第三十八条"],
        RequestOutcome.OtherNoSupplement => ["第三十条"],
        RequestOutcome.OtherFeeNotPaid => ["第四十二条"],
        RequestOutcome.OtherOther => ["第三十六条"],
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    private static bool ReplyIsAvailable(DisclosureRequest r) =>
        r.Outcome is not null && r.Status is RequestStatus.Approved or RequestStatus.Answered or RequestStatus.Abandoned;

    private static RequestConsultation? ThirdParty(DisclosureRequest r, int? consultationId) =>
        r.Consultations.FirstOrDefault(c => c.Id == consultationId && c.Kind == ConsultationKind.ThirdParty);

    private static string? FeeUnavailableReason(DisclosureRequest r, FeeMethod? method)
    {
        if (r.IsClosed || r.Status == RequestStatus.Registered || r.Status == RequestStatus.AwaitingSupplement)
        {
            return "只有已受理、尚未办结的申请可以发出收费通知。";
        }

        if (r.Outcome is { } outcome && RequestOutcomes.Group(outcome) is not (RequestOutcomeGroup.Disclosed or RequestOutcomeGroup.PartlyDisclosed)
            && method == FeeMethod.ByQuantity)
        {
            return "按量计收只适用于提供纸质件、电子邮件或复制电子数据的情形（国办函〔2020〕109号第五条）。";
        }

        return null;
    }

    private static List<NoticeFact> ApplicationFacts(DisclosureRequest r) =>
    [
        new("申请编号", r.Number),
        new("申请人", r.ApplicantName),
        new("收到申请之日", NoticeText.Date(r.ReceivedOn)),
        new("申请渠道", RequestLabels.Of(r.Channel)),
        new("所需政府信息", r.Description),
        new("载体形式 / 获取方式", RequestLabels.Of(r.Form) + " / " + RequestLabels.Of(r.ReceivingMethod)),
    ];

    private static string Opening(DisclosureRequest r, Organisation organisation) =>
        $"{organisation.OfficialName}于{NoticeText.Date(r.ReceivedOn)}收到您提交的政府信息公开申请（申请编号：{r.Number}），"
        + $"申请获取“{QuotedDescription(r)}”。";

    /// <summary>
    /// The description as quoted in running text: a sentence ending the applicant typed (。！？；, or a full stop) is
    /// left out, because the notice closes the quotation with its own “…”。 and would otherwise print "。”。".
    /// </summary>
    public static string QuotedDescription(DisclosureRequest r) => r.Description.Trim().TrimEnd('。', '.', '！', '!', '？', '?', '；', ';', '，', ',', ' ', '\u3000');

    private static string Remedies(Organisation organisation) =>
        $"如对本告知不服，可以自收到之日起六十日内向{ReviewBody(organisation.Kind)}申请行政复议"
        + "（《中华人民共和国行政复议法》第二十条），也可以自收到之日起六个月内依法向有管辖权的人民法院提起行政诉讼"
        + "（《中华人民共和国行政诉讼法》第四十六条）。认为本机关在政府信息公开工作中侵犯您合法权益的，"
        + $"还可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报（{Regulation}第五十一条）。";

    private static string Article(string article) => Regulation + article;

    private static NoticeModel Receipt(DisclosureRequest r, Organisation organisation, WorkingDayCalendar calendar)
    {
        var firstDue = RequestDeadlines.Compute(calendar, new DeadlineFacts(r.ReceivedOn));
        var paragraphs = new List<string>
        {
            Opening(r, organisation) + $"收到申请之日依照{Regulation}第三十一条的规定确定，本机关已予受理。",
            $"本机关将自收到申请之日起 {RequestDeadlines.AnswerWorkingDays} 个工作日内，即 {NoticeText.Date(firstDue.DueDate)} 前"
                + (firstDue.IsEstimate ? "（该年度放假安排尚未公布，此日期为估算）" : "")
                + "作出答复。需要延长答复期限的，经政府信息公开工作机构负责人同意并告知您，延长的期限最长不超过 "
                + $"{RequestDeadlines.MaximumExtensionWorkingDays} 个工作日；征求第三方和其他机关意见所需时间不计算在上述期限内。",
            "请妥善保管申请编号，以便查询办理进度。",
        };
        return new NoticeModel(
            NoticeKind.Receipt, "政府信息公开申请受理回执", r.Number + "-受理", organisation.OfficialName, r.Number, r.ApplicantName,
            ApplicationFacts(r), paragraphs, [Article("第三十一条"), Article("第三十三条")], null, r.AcceptedOn!.Value);
    }

    private static NoticeModel Supplement(DisclosureRequest r, Organisation organisation)
    {
        var paragraphs = new List<string>
        {
            Opening(r, organisation),
            $"经审查，您的申请内容不明确。根据{Regulation}第三十条的规定，请您对以下事项予以补正：{r.SupplementItems}",
            $"请于 {NoticeText.Date(r.SupplementDeadline!.Value)} 前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。"
                + "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
        };
        var facts = ApplicationFacts(r);
        facts.Add(new("补正期限", NoticeText.Date(r.SupplementDeadline!.Value)));
        return new NoticeModel(
            NoticeKind.Supplement, "政府信息公开申请补正告知书", r.Number + "-补正", organisation.OfficialName, r.Number, r.ApplicantName,
            facts, paragraphs, [Article("第三十条")], Remedies(organisation), r.SupplementRequestedOn!.Value);
    }

    /// <summary>Addressed to the third party: it names the information asked for, never the applicant.</summary>
    private static NoticeModel Consultation(DisclosureRequest r, Organisation organisation, WorkingDayCalendar calendar, RequestConsultation c)
    {
        var answerBy = RequestDeadlines.ConsultationEnds(calendar, c.StartedOn);
        var paragraphs = new List<string>
        {
            $"{organisation.OfficialName}于{NoticeText.Date(r.ReceivedOn)}收到一件政府信息公开申请（申请编号：{r.Number}），申请获取“{QuotedDescription(r)}”。"
                + "经审查，公开该政府信息可能损害贵方的合法权益。",
            $"根据{Regulation}第三十二条的规定，现书面征求贵方意见。请贵方自收到本意见书之日起 {RequestDeadlines.ConsultationWorkingDays} 个工作日内"
                + $"（按本意见书日期计算，即 {NoticeText.Date(answerBy)} 前）提出是否同意公开的书面意见；不同意公开的，请说明理由。",
            "逾期未提出意见的，由本机关依照条例的规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；"
                + "本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。",
        };
        List<NoticeFact> facts =
        [
            new("申请编号", r.Number),
            new("所涉政府信息", r.Description),
            new("提出意见期限", NoticeText.Date(answerBy)),
        ];
        return new NoticeModel(
            NoticeKind.ThirdPartyConsultation, "政府信息公开征求第三方意见书", $"{r.Number}-征求意见-{c.Id}", organisation.OfficialName, r.Number, c.Party,
            facts, paragraphs, [Article("第三十二条"), Article("第三十三条第三款")], null, c.StartedOn);
    }

    private static NoticeModel Extension(DisclosureRequest r, Organisation organisation, WorkingDayCalendar calendar, DateOnly today)
    {
        var deadline = r.Deadline(calendar);
        var paragraphs = new List<string>
        {
            Opening(r, organisation),
            $"因{r.ExtensionReason}，本机关不能在{Regulation}第三十三条第二款规定的 {RequestDeadlines.AnswerWorkingDays} 个工作日内作出答复。"
                + $"经政府信息公开工作机构负责人同意，答复期限延长 {r.ExtensionDays} 个工作日，本机关将于 {NoticeText.Date(deadline.DueDate)} 前作出答复"
                + (deadline.IsEstimate ? "（该年度放假安排尚未公布，此日期为估算）" : "") + "。",
        };
        var facts = ApplicationFacts(r);
        facts.Add(new("延长期限", $"{r.ExtensionDays} 个工作日"));
        facts.Add(new("延期后答复期限", NoticeText.Date(deadline.DueDate)));
        return new NoticeModel(
            NoticeKind.Extension, "政府信息公开申请延期答复告知书", r.Number + "-延期", organisation.OfficialName, r.Number, r.ApplicantName,
            facts, paragraphs, [Article("第三十三条第二款")], Remedies(organisation), today);
    }

    private static NoticeModel Reply(DisclosureRequest r, Organisation organisation)
    {
        var outcome = r.Outcome!.Value;
        var paragraphs = new List<string> { Opening(r, organisation), ReplyDecision(r, outcome) };
        if (!string.IsNullOrWhiteSpace(r.DecisionText))
        {
            paragraphs.Add("具体答复意见：" + r.DecisionText);
        }

        var facts = ApplicationFacts(r);
        facts.Add(new("办理结果", RequestOutcomes.Label(outcome)));
        var basis = OutcomeArticles(outcome).Select(Article).ToList();
        if (outcome == RequestOutcome.OtherFeeNotPaid)
        {
            basis.Add(FeeRules);
        }

        var date = r.ApprovedOn ?? r.ClosedOn!.Value;
        return new NoticeModel(
            NoticeKind.Reply, "政府信息公开申请答复告知书", r.ReplyNoticeNumber ?? r.Number + "-答复", organisation.OfficialName, r.Number, r.ApplicantName,
            facts, paragraphs, basis, Remedies(organisation), date);
    }

    private static string ReplyDecision(DisclosureRequest r, RequestOutcome outcome)
    {
        var cite = Regulation + string.Join("、", OutcomeArticles(outcome));
        var form = $"{RequestLabels.Of(r.Form)}形式、通过{RequestLabels.Of(r.ReceivingMethod)}方式";
        return outcome switch
        {
            RequestOutcome.Disclosed =>
                $"经审查，您申请获取的政府信息属于可以公开的政府信息。根据{cite}的规定，本机关决定予以公开，现按您要求的{form}向您提供。",
            RequestOutcome.PartlyDisclosed =>
                $"经审查，您申请获取的政府信息中部分内容可以公开，部分内容属于不予公开的范围。根据{cite}的规定，本机关向您提供可以公开的部分（{form}），"
                + "对不予公开的部分说明理由如下。",
            RequestOutcome.WithheldStateSecret => $"经审查，您申请获取的政府信息属于依法确定为国家秘密的政府信息。根据{cite}的规定，本机关决定不予公开。",
            RequestOutcome.WithheldProhibitedByLaw => $"经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息。根据{cite}的规定，本机关决定不予公开。",
            RequestOutcome.WithheldSecurityOrStability =>
                $"经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据{cite}的规定，本机关决定不予公开。",
            RequestOutcome.WithheldThirdPartyRights =>
                $"经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。根据{cite}的规定，本机关决定不予公开。",
            RequestOutcome.WithheldInternalAffairs =>
                $"经审查，您申请获取的政府信息属于人事管理、后勤管理、内部工作流程等方面的内部事务信息。根据{cite}的规定，本机关决定不予公开。",
            RequestOutcome.WithheldProcessInformation =>
                $"经审查，您申请获取的政府信息属于讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据{cite}的规定，本机关决定不予公开。",
            RequestOutcome.WithheldEnforcementFile => $"经审查，您申请获取的政府信息属于行政执法案卷信息。根据{cite}的规定，本机关决定不予公开。",
            RequestOutcome.WithheldAdministrativeQuery =>
                $"经审查，您申请获取的信息属于行政查询事项，应当通过相应的查询渠道办理。根据{cite}的规定，本机关决定不予公开。",
            RequestOutcome.UnavailableNotHeld =>
                $"经检索，本机关没有制作或者获取您申请获取的政府信息，或者该政府信息不属于本机关负责公开。根据{cite}的规定，特此告知。",
            RequestOutcome.UnavailableWouldNeedCreating =>
                $"经审查，本机关没有您所需的现成信息，提供该信息需要对现有政府信息进行加工、分析或者另行制作。根据{cite}的规定，本机关不予提供。",
            RequestOutcome.UnavailableStillUnclear =>
                $"本机关已于{Show(r.SupplementRequestedOn)}告知您补正，您补正后的申请内容仍不明确，本机关无法确定您所需的政府信息。根据{cite}的规定，本机关无法提供。",
            RequestOutcome.NotHandledPetition =>
                $"经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{cite}的规定，本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。",
            RequestOutcome.NotHandledRepeated => $"经审查，您的申请与本机关已经答复的申请内容相同，且未提出新的理由。根据{cite}的规定，本机关不予重复处理。",
            RequestOutcome.NotHandledPublication =>
                $"经审查，您申请获取的是公报、报刊、书籍等公开出版物。根据{cite}的规定，本机关告知您获取的途径，不作为政府信息公开申请处理。",
            RequestOutcome.NotHandledExcessive =>
                $"您申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，所说明的理由不合理。根据{cite}的规定，本机关不予处理。",
            RequestOutcome.NotHandledConfirmation =>
                $"经审查，您要求本机关确认或者重新出具已获取的信息，不属于提供已制作或者获取的政府信息。根据{cite}的规定，本机关不予处理。",
            RequestOutcome.OtherNoSupplement =>
                $"本机关已于{Show(r.SupplementRequestedOn)}告知您补正，补正期限至{Show(r.SupplementDeadline)}，您无正当理由逾期未补正。"
                + $"根据{cite}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。",
            RequestOutcome.OtherFeeNotPaid =>
                $"本机关已向您发出信息处理费收费通知，您逾期未按通知要求缴纳费用。根据{cite}和{FeeRules}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。",
            RequestOutcome.OtherOther => $"根据{cite}的规定，本机关对您的申请作如下处理。",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
        };
    }

    private static NoticeModel Fee(DisclosureRequest r, Organisation organisation, WorkingDayCalendar calendar, DateOnly today, FeeFacts fee)
    {
        var amount = fee.Amount;
        if (amount <= 0)
        {
            throw new ConflictException("按规定本件申请不收取信息处理费（国办函〔2020〕109号第四、五条的免费范围内）。");
        }

        var payBy = calendar.AddWorkingDays(today, FeePaymentWorkingDays);
        var basis = fee.Method == FeeMethod.ByPiece
            ? "按件计收：同一申请人一个自然月内累计申请 10 件以下（含 10 件）的不收费；11—30 件（含 30 件）的部分 100 元/件；"
              + "31 件以上的部分以 10 件为一档，每增加一档收费标准提高 100 元/件（第四条）。"
            : "按量计收：30 页以下（含 30 页）的不收费；31—100 页（含 100 页）的部分 10 元/页；101—200 页（含 200 页）的部分 20 元/页；"
              + "201 页以上的部分 40 元/页（第五条）。";
        var paragraphs = new List<string>
        {
            Opening(r, organisation),
            $"经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据{Regulation}第四十二条和{FeeRules}的规定，本机关对本件申请收取信息处理费 "
                + $"{NoticeText.Yuan(amount)}。",
            "收费标准：" + basis,
            $"请于收到本通知次日起 {FeePaymentWorkingDays} 个工作日内缴纳（按本通知日期计算，即 {NoticeText.Date(payBy)} 前），缴入国库，本机关出具财政票据。"
                + "逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。",
        };
        var facts = ApplicationFacts(r);
        if (fee.Method == FeeMethod.ByPiece)
        {
            facts.Add(new("计收方式", "按件计收"));
            facts.Add(new("本月此前已申请件数", $"{fee.EarlierPiecesThisMonth} 件"));
            facts.Add(new("本件申请计件数", $"{fee.Quantity} 件"));
        }
        else
        {
            facts.Add(new("计收方式", "按量计收"));
            facts.Add(new("页数", $"{fee.Quantity} 页"));
        }

        facts.Add(new("收费金额", NoticeText.Yuan(amount)));
        facts.Add(new("缴费期限", NoticeText.Date(payBy)));
        return new NoticeModel(
            NoticeKind.Fee, "政府信息公开信息处理费收费通知", r.Number + "-收费", organisation.OfficialName, r.Number, r.ApplicantName,
            facts, paragraphs, [Article("第四十二条"), FeeRules], Remedies(organisation), today);
    }

    private static string Show(DateOnly? date) => date is { } d ? NoticeText.Date(d) : "";
}
