using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>受理: the handling organisation's clerk accepts a registered application today.</summary>
public sealed record AcceptRequestCommand(int Id, int Version) : ICommand;

public sealed class AcceptRequestHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<AcceptRequestCommand>
{
    public async ValueTask<Unit> Handle(AcceptRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (!StaffRequestAccess.IsHandlingClerk(currentUser, request))
        {
            throw new ForbiddenException("只有承办单位的信息员可以受理申请。");
        }

        db.ExpectVersion(request, command.Version);
        request.Accept(ChinaTime.Today(time));
        db.Audit(RequestAuditActions.Accept, "DisclosureRequest", request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"受理申请 {request.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
