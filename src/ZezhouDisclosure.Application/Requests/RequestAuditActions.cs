namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// Audit action codes (<c>AuditEntry.Action</c>) for disclosure requests (依申请公开) and their notices. The values are stored in the audit log and
/// filtered on; never change one.
/// </summary>
public static class RequestAuditActions
{
    /// <summary>在线提交申请</summary>
    public const string Submit = "request.submit";

    /// <summary>登记当面、信函等申请</summary>
    public const string Register = "request.register";

    /// <summary>受理</summary>
    public const string Accept = "request.accept";

    /// <summary>查看完整证件号码</summary>
    public const string RevealIdNumber = "request.reveal-id";

    /// <summary>告知补正</summary>
    public const string RequestSupplement = "request.supplement";

    /// <summary>收到补正</summary>
    public const string SupplementReceived = "request.supplement-received";

    /// <summary>视为放弃</summary>
    public const string Abandon = "request.abandon";

    /// <summary>开始征求意见</summary>
    public const string StartConsultation = "request.consult-start";

    /// <summary>结束征求意见</summary>
    public const string EndConsultation = "request.consult-end";

    /// <summary>申请延期</summary>
    public const string RequestExtension = "request.extension-request";

    /// <summary>同意延期</summary>
    public const string ApproveExtension = "request.extension-approve";

    /// <summary>不同意延期</summary>
    public const string RefuseExtension = "request.extension-refuse";

    /// <summary>转办</summary>
    public const string Transfer = "request.transfer";

    /// <summary>接收转办</summary>
    public const string ReceiveTransfer = "request.transfer-receive";

    /// <summary>拟定答复</summary>
    public const string Propose = "request.propose";

    /// <summary>退回拟定答复</summary>
    public const string ReturnDecision = "request.return";

    /// <summary>审定答复</summary>
    public const string ApproveDecision = "request.approve";

    /// <summary>送达</summary>
    public const string Deliver = "request.deliver";

    /// <summary>生成告知书</summary>
    public const string GenerateNotice = "request.notice";

    /// <summary>添加答复所附信息</summary>
    public const string AddReplyFile = "request.reply-file-add";

    /// <summary>删除答复所附信息</summary>
    public const string RemoveReplyFile = "request.reply-file-remove";

    /// <summary>电子邮件发送受理回执和查询码（成功或失败）</summary>
    public const string ReceiptEmail = "request.receipt-email";

    /// <summary>到期去除申请人信息</summary>
    public const string Anonymise = "request.anonymise";
}
