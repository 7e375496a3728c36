using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 视为放弃 (条例第三十条): the applicant did not supplement within the period given. Only after that period; counted
/// in the annual report as 其他处理 1.
/// </summary>
public sealed record MarkRequestAbandonedCommand(int Id, int Version) : ICommand;

public sealed class MarkRequestAbandonedHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<MarkRequestAbandonedCommand>
{
    public async ValueTask<Unit> Handle(MarkRequestAbandonedCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以将申请视为放弃。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        request.MarkAbandoned(ChinaTime.Today(time));
        db.Audit(RequestAuditActions.Abandon, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 逾期未补正（期限 {request.SupplementDeadline:yyyy-MM-dd}），视为放弃申请");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
