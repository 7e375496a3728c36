namespace ZezhouDisclosure.Application.Participation;

/// <summary>Audit action codes of 公众参与 (stored in the audit log and filtered on; never change one).</summary>
public static class ParticipationAuditActions
{
    public const string Create = "consultation.create";
    public const string Update = "consultation.update";
    public const string Submit = "consultation.submit";
    public const string UnitApprove = "consultation.unit-approve";
    public const string Publish = "consultation.publish";
    public const string Return = "consultation.return";
    public const string CommentPublish = "consultation.comment-publish";
    public const string CommentReject = "consultation.comment-reject";
    public const string FeedbackSave = "consultation.feedback-save";
    public const string FeedbackSubmit = "consultation.feedback-submit";
    public const string FeedbackPublish = "consultation.feedback-publish";
    public const string FeedbackReturn = "consultation.feedback-return";
    public const string LinkDecision = "consultation.link-decision";
    public const string AttachmentAdd = "consultation.attachment-add";
    public const string AttachmentRemove = "consultation.attachment-remove";

    public const string CatalogueCreate = "participation-catalogue.create";
    public const string CatalogueUpdate = "participation-catalogue.update";
    public const string CatalogueSubmit = "participation-catalogue.submit";
    public const string CataloguePublish = "participation-catalogue.publish";
    public const string CatalogueReturn = "participation-catalogue.return";
    public const string CatalogueAmend = "participation-catalogue.amend";
    public const string CatalogueSupersede = "participation-catalogue.supersede";
    public const string RecordCreate = "participation-record.create";
    public const string RecordUpdate = "participation-record.update";
    public const string RecordPublish = "participation-record.publish";
    public const string RecordWithdraw = "participation-record.withdraw";

    /// <summary>The entity type name in the audit log.</summary>
    public const string EntityType = "Consultation";

    /// <summary>The entity type name of a 公众参与事项目录 in the audit log.</summary>
    public const string CatalogueEntityType = "ParticipationCatalogue";

    /// <summary>The entity type name of a 列席 / 访谈 record in the audit log.</summary>
    public const string RecordEntityType = "ParticipationRecord";
}
