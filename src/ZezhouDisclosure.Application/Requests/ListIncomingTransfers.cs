using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>One application transferred to an organisation and not yet taken in. No personal data.</summary>
public sealed record IncomingTransferRow(int Id, string Number, string FromOrganisation, string ToOrganisation, DateOnly TransferredOn, string Reason);

/// <summary>Transfers waiting to be taken in: a clerk's organisation's, or all of them for the county office.</summary>
public sealed record ListIncomingTransfersQuery : IQuery<IReadOnlyList<IncomingTransferRow>>;

public sealed class ListIncomingTransfersHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListIncomingTransfersQuery, IReadOnlyList<IncomingTransferRow>>
{
    public async ValueTask<IReadOnlyList<IncomingTransferRow>> Handle(ListIncomingTransfersQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsCountyWide())
        {
            currentUser.RequireClerkOrganisation();
        }

        var scope = currentUser.RecordScope();
        var countyWide = scope.IsCountyWide;
        var receivers = scope.OrganisationIds;
        // Reviewed use of IgnoreQueryFilters: a transferred application belongs to the organisation it was sent to
        // first, so the receiving clerk is out of its organisation scope. Scoped here by the receiving organisation
        // instead; the row carries no personal data.
        var rows = await db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
            .Where(r => r.Status == RequestStatus.Transferred
                && (countyWide || receivers.Contains(r.TransferredToOrganisationId!.Value)))
            .Where(r => !db.DisclosureRequests.Any(c => c.TransferredFromRequestId == r.Id))
            .OrderBy(r => r.ClosedOn).ThenBy(r => r.Number)
            .Select(r => new { r.Id, r.Number, r.OrganisationId, To = r.TransferredToOrganisationId!.Value, r.ClosedOn, r.TransferReason })
            .ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. rows.Select(r => new IncomingTransferRow(r.Id, r.Number, names[r.OrganisationId], names[r.To], r.ClosedOn!.Value, r.TransferReason ?? ""))];
    }
}
