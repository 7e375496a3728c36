using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>Which cases the staff list shows.</summary>
public enum MessageListFilter
{
    /// <summary>Open cases (待分办 and 办理中), overdue first.</summary>
    Open = 0,

    /// <summary>待分办: the county office's triage queue.</summary>
    Triage = 1,

    /// <summary>Open and past their limit.</summary>
    Overdue = 2,

    /// <summary>Answered with the citizen's consent and not yet published: the county office's review.</summary>
    Review = 3,

    /// <summary>Closed cases (answered, rejected, merged), latest first.</summary>
    Closed = 4,
}

/// <summary>
/// The staff list of 留言 and 找错 cases: a clerk sees the cases their unit holds, the county office all of them.
/// Names and contacts masked.
/// </summary>
public sealed record ListStaffMessagesQuery(MessageListFilter Filter = MessageListFilter.Open, int? OrganisationId = null)
    : IQuery<IReadOnlyList<StaffMessageRow>>;

public sealed record StaffMessageRow(
    int Id,
    string Number,
    string Kind,
    string Category,
    string Title,
    string Unit,
    string? AddressedUnit,
    string Status,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    bool IsOverdue,
    string MaskedName);

public sealed class ListStaffMessagesHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListStaffMessagesQuery, IReadOnlyList<StaffMessageRow>>
{
    public const int MaxRows = 500;

    public async ValueTask<IReadOnlyList<StaffMessageRow>> Handle(ListStaffMessagesQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.View, "没有查看留言的权限。");
        var today = ChinaTime.Today(time);
        var only = currentUser.IsCountyWide() ? query.OrganisationId : null;
        var cases = db.CitizenMessages.AsNoTracking().Where(m => only == null || m.OrganisationId == only);
        cases = query.Filter switch
        {
            MessageListFilter.Triage => cases.Where(m => m.Status == MessageStatus.Received || m.TransferRequestedAt != null),
            MessageListFilter.Overdue => cases.Where(m => (m.Status == MessageStatus.Received || m.Status == MessageStatus.Assigned) && m.DueOn < today),
            MessageListFilter.Review => cases.Where(m => m.Status == MessageStatus.Answered && m.PublicationConsent && !m.IsPublished),
            MessageListFilter.Closed => cases.Where(m => m.Status == MessageStatus.Answered || m.Status == MessageStatus.Rejected || m.Status == MessageStatus.Merged),
            _ => cases.Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Assigned),
        };
        var ordered = query.Filter == MessageListFilter.Closed
            ? cases.OrderByDescending(m => m.ReceivedOn).ThenByDescending(m => m.Id)
            : cases.OrderBy(m => m.DueOn).ThenBy(m => m.Id);
        var rows = await ordered.Take(MaxRows).ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return
        [
            .. rows.Select(m => new StaffMessageRow(
                m.Id, m.Number, InteractionLabels.Of(m.Kind), InteractionLabels.Of(m.Category), m.Title,
                names.GetValueOrDefault(m.OrganisationId, ""),
                m.AddressedOrganisationId is int a ? names.GetValueOrDefault(a) : null,
                m.IsTransferRequested ? "申请转办" : InteractionLabels.Of(m.Status), m.ReceivedOn, m.DueOn, m.IsOverdue(today), PersonalDataMasking.Name(m.Name))),
        ];
    }
}
