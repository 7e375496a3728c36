using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>A 留言/找错 case for staff: contacts masked, its routing history, and the steps this user may take.</summary>
public sealed record GetStaffMessageQuery(int Id) : IQuery<StaffMessageView>;

public sealed record StaffMessageRoutingView(string? From, string To, DateTime At, string By, string? Note);

public sealed record StaffMessageView(
    int Id,
    int Version,
    string Number,
    MessageKind Kind,
    string Category,
    string Title,
    string Content,
    string? PageUrl,
    int OrganisationId,
    string Unit,
    string? AddressedUnit,
    string Status,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    bool IsOverdue,
    string MaskedName,
    string MaskedPhone,
    string MaskedEmail,
    bool PublicationConsent,
    bool IsPublished,
    string? Reply,
    DateOnly? AnsweredOn,
    string? RepliedBy,
    string? RejectionReason,
    IReadOnlyList<StaffMessageRoutingView> Routings,
    bool CanRoute,
    bool CanTriage,
    bool CanAnswer,
    bool CanPublish,
    bool CanRevealContact,
    IReadOnlyList<string> ReplyPersonalData,
    string? TransferRequestReason = null,
    DateTime? TransferRequestedAt = null,
    string? TransferRequestedBy = null,
    bool CanRequestTransfer = false,
    bool CanDeclineTransfer = false,
    bool CanWithdraw = false,
    StaffMessageWithdrawalView? Withdrawal = null,
    bool? UnitHasMailableHandler = null,
    IReadOnlyCollection<int>? MailableUnits = null);

/// <summary>The last 撤回公开 of an answer no longer published: when, who, and the audit record with its reason.</summary>
public sealed record StaffMessageWithdrawalView(DateTime At, string By, string Summary);

public sealed class GetStaffMessageHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time, IStaffDirectory staff)
    : IQueryHandler<GetStaffMessageQuery, StaffMessageView>
{
    public async ValueTask<StaffMessageView> Handle(GetStaffMessageQuery query, CancellationToken cancellationToken)
    {
        var m = await MessageAccess.LoadAsync(db, currentUser, query.Id, cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var triage = currentUser.Has(Permissions.Interactions.Triage);
        var answer = currentUser.Has(Permissions.Interactions.Answer);
        var id = m.Id.ToString(CultureInfo.InvariantCulture);
        var withdrawal = m.IsWithdrawn
            ? await db.AuditEntries.AsNoTracking()
                .Where(a => a.Action == InteractionAuditActions.Withdraw && a.EntityType == nameof(CitizenMessage) && a.EntityId == id)
                .OrderByDescending(a => a.Id).Select(a => new StaffMessageWithdrawalView(a.At, a.UserName, a.Summary)).FirstOrDefaultAsync(cancellationToken)
            : null;

        // The county office sees which units would get no e-mail (no enabled handler with an address).
        var mailable = triage && m.CanRoute ? await staff.OrganisationsWithEmailAsync(Permissions.Interactions.Answer, cancellationToken) : null;
        return new StaffMessageView(
            m.Id, m.Version, m.Number, m.Kind, InteractionLabels.Of(m.Category), m.Title, m.Content, m.PageUrl, m.OrganisationId,
            names.GetValueOrDefault(m.OrganisationId, ""),
            m.AddressedOrganisationId is int a ? names.GetValueOrDefault(a) : null,
            InteractionLabels.Of(m.Status), m.ReceivedOn, m.DueOn, m.IsOverdue(ChinaTime.Today(time)),
            PersonalDataMasking.Name(m.Name), PersonalDataMasking.Phone(m.Phone), PersonalDataMasking.Email(m.Email),
            m.PublicationConsent, m.IsPublished, m.Reply, m.AnsweredOn, m.RepliedBy, m.RejectionReason,
            [.. m.Routings.OrderBy(r => r.At).Select(r => new StaffMessageRoutingView(
                r.FromOrganisationId is int f ? names.GetValueOrDefault(f) : null, names.GetValueOrDefault(r.ToOrganisationId, ""), r.At, r.By, r.Note))],
            triage && m.CanRoute,
            triage && m.CanTriage,
            answer && m.CanAnswer,
            triage && m.CanPublish,
            answer && !m.IsAnonymised && (m.Name is not null || m.Phone is not null || m.Email is not null),
            PersonalDataScan.Find(m.Reply),
            m.TransferRequestReason,
            m.TransferRequestedAt,
            m.TransferRequestedBy,
            answer && !triage && m.CanAnswer && !m.IsTransferRequested,
            triage && m.IsTransferRequested,
            triage && m.CanWithdraw,
            withdrawal,
            mailable is null || m.Status != MessageStatus.Assigned ? null : mailable.Contains(m.OrganisationId),
            mailable);
    }
}
