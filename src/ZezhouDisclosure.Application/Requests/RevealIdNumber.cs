using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The handling organisation's clerk looks at the applicant's full ID number (e.g. to check it against a document).
/// Every reveal is audited; nobody else may do it.
/// </summary>
public sealed record RevealIdNumberCommand(int Id) : ICommand<string>;

public sealed class RevealIdNumberHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RevealIdNumberCommand, string>
{
    public async ValueTask<string> Handle(RevealIdNumberCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (!StaffRequestAccess.IsHandlingClerk(currentUser, request))
        {
            throw new ForbiddenException("只有承办单位的信息员可以查看完整证件号码。");
        }

        db.Audit(RequestAuditActions.RevealIdNumber, "DisclosureRequest", request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"查看申请 {request.Number} 的完整证件号码");
        await db.SaveChangesAsync(cancellationToken);
        return request.IdNumber;
    }
}
