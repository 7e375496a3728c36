using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>报批通过: the head of the disclosure office (a county-office 审核员, not the proposer) approves the decision.</summary>
public sealed record ApproveDecisionCommand(int Id, int Version) : ICommand;

public sealed class ApproveDecisionHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ApproveDecisionCommand>
{
    public async ValueTask<Unit> Handle(ApproveDecisionCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHeadAsync(db, currentUser, command.Id, "只有政府信息公开工作机构负责人（县政务公开办审核员）可以审批办理意见。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        // The 答复告知书 is issued now: it takes the unit's next 文号 (none without a pattern).
        var noticeNumber = request.CanDecideProposal(currentUser.UserName)
            ? await NoticeNumbers.NextAsync(db, request.OrganisationId, time, cancellationToken)
            : null;
        request.ApproveDecision(currentUser.UserName, ChinaTime.Today(time), noticeNumber);
        db.Audit(RequestAuditActions.ApproveDecision, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"批准申请 {request.Number} 的办理意见：{RequestOutcomes.Label(request.Outcome!.Value)}"
            + (noticeNumber is null ? "" : $"，答复告知书文号 {noticeNumber}"));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
