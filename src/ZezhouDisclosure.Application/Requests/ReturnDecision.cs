using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>报批退回: the head sends the proposed decision back to the handling clerk with a comment.</summary>
public sealed record ReturnDecisionCommand(int Id, int Version, string? Comment) : ICommand;

public sealed class ReturnDecisionValidator : AbstractValidator<ReturnDecisionCommand>
{
    public ReturnDecisionValidator() =>
        RuleFor(x => x.Comment).NotEmpty().WithMessage("退回时必须填写意见。")
            .MaximumLength(DataLimits.Reason).WithMessage($"退回意见不能超过{DataLimits.Reason}个字。");
}

public sealed class ReturnDecisionHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<ReturnDecisionCommand>
{
    public async ValueTask<Unit> Handle(ReturnDecisionCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHeadAsync(db, currentUser, command.Id, "只有政府信息公开工作机构负责人（县政务公开办审核员）可以审批办理意见。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        request.ReturnDecision(command.Comment!, currentUser.UserName);
        db.Audit(RequestAuditActions.ReturnDecision, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"退回申请 {request.Number} 的办理意见");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
