using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// The unit's clerk links the published decision document (决策结果) to its 征求意见, by the document's id (null
/// removes the link). The consultation page then links to the document and the document page back to the consultation.
/// </summary>
public sealed record LinkDecisionCommand(int ConsultationId, int Version, int? DocumentId) : ICommand;

public sealed class LinkDecisionHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<LinkDecisionCommand>
{
    public async ValueTask<Unit> Handle(LinkDecisionCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以关联决策结果。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var consultation = await ConsultationAccess.LoadAsync(db, command.ConsultationId, command.Version, cancellationToken);
        if (consultation.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能修改本单位的征求意见。");
        }

        string summary;
        if (command.DocumentId is int documentId)
        {
            var title = await db.Documents.Where(d => d.Id == documentId && d.Status == DocumentStatus.Published)
                .Select(d => d.Title).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(command.DocumentId), "找不到该编号的已发布信息，请填写决策文件公开页面地址中的编号。")]);
            summary = $"关联《{consultation.Title}》的决策结果《{title}》";
        }
        else
        {
            summary = $"取消《{consultation.Title}》的决策结果关联";
        }

        ConsultationAccess.Guard(() => consultation.LinkDecision(command.DocumentId));
        db.Audit(ParticipationAuditActions.LinkDecision, consultation, summary);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
