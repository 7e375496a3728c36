using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 政府信息公开工作机构负责人同意延期 (第三十三条第二款): a 审核员 of the county office, never the user who asked.
/// The due date moves by the approved working days; the applicant is then told (延期答复告知书).
/// </summary>
public sealed record ApproveExtensionCommand(int Id, int Version) : ICommand;

public sealed class ApproveExtensionHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<ApproveExtensionCommand>
{
    public async ValueTask<Unit> Handle(ApproveExtensionCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHeadAsync(db, currentUser, command.Id, "只有政府信息公开工作机构负责人（县政务公开办审核员）可以批准延期。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        request.ApproveExtension(currentUser.UserName);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        db.Audit(RequestAuditActions.ApproveExtension, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"同意申请 {request.Number} 延长答复期限 {request.ExtensionDays} 个工作日，答复期限至 {request.Deadline(calendar).DueDate:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
