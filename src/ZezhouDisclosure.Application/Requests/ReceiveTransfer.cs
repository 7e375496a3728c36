using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 接收转办: the clerk of the organisation an application was transferred to takes it in. It becomes a new case of
/// that organisation under a new number, received that day (the day both organisations confirm, 第三十一条), with the
/// applicant's query code unchanged. Returns the new case's id. Once only.
/// </summary>
public sealed record ReceiveTransferCommand(int Id) : ICommand<int>;

public sealed class ReceiveTransferHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ReceiveTransferCommand, int>
{
    public async ValueTask<int> Handle(ReceiveTransferCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireClerkOrganisation();
        var receivers = currentUser.RecordScope().OrganisationIds;
        // Reviewed use of IgnoreQueryFilters: the original belongs to the organisation that transferred it, out of the
        // receiving clerk's scope. Scoped here by the receiving organisation instead; only the copy is written.
        var original = await db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
            .FirstOrDefaultAsync(
                r => r.Id == command.Id && r.Status == RequestStatus.Transferred && receivers.Contains(r.TransferredToOrganisationId!.Value),
                cancellationToken)
            ?? throw new NotFoundException();
        var organisationId = original.TransferredToOrganisationId!.Value;
        if (await db.DisclosureRequests.AnyAsync(r => r.TransferredFromRequestId == original.Id, cancellationToken))
        {
            throw new ConflictException("该转办申请已经接收。");
        }

        var today = ChinaTime.Today(time);
        var copy = DisclosureRequest.FromTransfer(await RequestNumbers.NextAsync(db, today, cancellationToken), original, today);
        db.DisclosureRequests.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(RequestAuditActions.ReceiveTransfer, nameof(DisclosureRequest), copy.Id.ToString(CultureInfo.InvariantCulture), organisationId,
            $"接收转办申请 {original.Number}，登记为 {copy.Number}，收到申请之日 {today:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return copy.Id;
    }
}
