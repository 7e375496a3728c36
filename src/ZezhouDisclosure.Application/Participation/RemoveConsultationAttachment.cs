using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// The unit's clerk removes a file from a draft or returned 征求意见 after ticking “确认删除”. The file was never
/// public (a draft's attachments are not), so the row and the stored file go; the audit log keeps the record.
/// </summary>
public sealed record RemoveConsultationAttachmentCommand(int ConsultationId, int AttachmentId, bool Confirmed) : ICommand<int>
{
    public const string ConfirmedField = "confirmed";
}

public sealed class RemoveConsultationAttachmentValidator : AbstractValidator<RemoveConsultationAttachmentCommand>
{
    public RemoveConsultationAttachmentValidator() =>
        RuleFor(x => x.Confirmed).Equal(true).OverridePropertyName(RemoveConsultationAttachmentCommand.ConfirmedField)
            .WithMessage("请勾选“确认删除”后再删除附件。");
}

public sealed class RemoveConsultationAttachmentHandler(IAppDbContext db, ICurrentUser currentUser, IAttachmentStore store)
    : ICommandHandler<RemoveConsultationAttachmentCommand, int>
{
    public async ValueTask<int> Handle(RemoveConsultationAttachmentCommand command, CancellationToken cancellationToken)
    {
        var consultation = await ConsultationAccess.LoadOwnAsync(db, currentUser, command.ConsultationId, cancellationToken);
        var attachment = await db.ConsultationAttachments
            .FirstOrDefaultAsync(a => a.Id == command.AttachmentId && a.ConsultationId == consultation.Id, cancellationToken)
            ?? throw new NotFoundException("附件不存在。");
        ConsultationAccess.Guard(() => consultation.Detach(attachment));
        db.ConsultationAttachments.Remove(attachment);
        db.Audit(ParticipationAuditActions.AttachmentRemove, consultation, $"删除征求意见《{consultation.Title}》的附件“{attachment.FileName}”");
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(attachment.StorageKey);
        return consultation.Id;
    }
}
