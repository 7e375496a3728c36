using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 转办: the handling clerk passes an application to the organisation responsible for the information, with the
/// reason. The case closes here (not counted in this organisation's annual report) and appears on the receiving
/// organisation's list until its clerk takes it in (<see cref="ReceiveTransferCommand"/>).
/// </summary>
public sealed record TransferRequestCommand(int Id, int Version, int? ToOrganisationId, string? Reason) : ICommand;

public sealed class TransferRequestValidator : AbstractValidator<TransferRequestCommand>
{
    public TransferRequestValidator(IAppDbContext db, TimeProvider time)
    {
        RuleFor(x => x.ToOrganisationId).NotNull().WithMessage("请选择转办的行政机关。")
            .MustAsync(async (id, ct) =>
            {
                var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
                return organisation is not null && organisation.IsActiveOn(ChinaTime.Today(time));
            })
            .When(x => x.ToOrganisationId is not null).WithMessage("请选择转办的行政机关。");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请写明转办理由。")
            .MaximumLength(DataLimits.Reason).WithMessage($"转办理由不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class TransferRequestHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<TransferRequestCommand>
{
    public async ValueTask<Unit> Handle(TransferRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以转办申请。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        request.Transfer(command.ToOrganisationId!.Value, command.Reason!, ChinaTime.Today(time));
        var to = await db.Organisations.AsNoTracking().Where(o => o.Id == command.ToOrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        db.Audit(RequestAuditActions.Transfer, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 转办至{to}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
