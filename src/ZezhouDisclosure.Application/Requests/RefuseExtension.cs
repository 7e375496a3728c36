using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>The head of the office does not agree to an extension; the time limit stays as it was.</summary>
public sealed record RefuseExtensionCommand(int Id, int Version) : ICommand;

public sealed class RefuseExtensionHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RefuseExtensionCommand>
{
    public async ValueTask<Unit> Handle(RefuseExtensionCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHeadAsync(db, currentUser, command.Id, "只有政府信息公开工作机构负责人（县政务公开办审核员）可以审批延期。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        var days = request.ExtensionRequestedDays;
        request.RefuseExtension(currentUser.UserName);
        db.Audit(RequestAuditActions.RefuseExtension, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"不同意申请 {request.Number} 延长答复期限 {days} 个工作日");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
