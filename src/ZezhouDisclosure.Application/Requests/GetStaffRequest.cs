using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The case page. The ID number is always masked here (revealing it is a separate, audited command); contact details
/// are shown whole to the handling clerk only, who needs them to notify and deliver.
/// </summary>
public sealed record GetStaffRequestQuery(int Id) : IQuery<StaffRequestDetails>;

public sealed class GetStaffRequestHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<GetStaffRequestQuery, StaffRequestDetails>
{
    public async ValueTask<StaffRequestDetails> Handle(GetStaffRequestQuery query, CancellationToken cancellationToken)
    {
        var r = await StaffRequestAccess.LoadAsync(db, currentUser, query.Id, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == r.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        var handling = StaffRequestAccess.IsHandlingClerk(currentUser, r);
        return new StaffRequestDetails(
            r.Id,
            r.Version,
            r.Number,
            r.OrganisationId,
            organisation,
            RequestLabels.Of(r.ApplicantType),
            handling ? r.ApplicantName : PersonalDataMasking.Name(r.ApplicantName, r.ApplicantType),
            RequestLabels.Of(r.IdType),
            PersonalDataMasking.IdNumber(r.IdNumber),
            handling ? r.Phone : PersonalDataMasking.Phone(r.Phone),
            handling ? r.Email : PersonalDataMasking.Email(r.Email),
            handling ? r.PostalAddress : (r.PostalAddress is null ? null : "（已隐藏）"),
            r.Description,
            RequestLabels.Of(r.Form),
            RequestLabels.Of(r.ReceivingMethod),
            RequestLabels.Of(r.Channel),
            r.ReceivedOn,
            r.Status,
            r.Outcome is { } o ? RequestOutcomes.Label(o) : null,
            r.IsClosed ? null : r.Deadline(calendar),
            handling,
            await ProcedureAsync(r, calendar, cancellationToken),
            await ReplyAsync(r, organisation, handling, cancellationToken));
    }

    private async Task<StaffRequestReply> ReplyAsync(DisclosureRequest r, string organisation, bool handling, CancellationToken cancellationToken)
    {
        var files = await db.RequestReplyFiles.AsNoTracking().Where(f => f.DisclosureRequestId == r.Id).OrderBy(f => f.Id)
            .Select(f => new ReplyFileRow(f.Id, f.FileName, f.Kind, f.Size)).ToListAsync(cancellationToken);
        var awaited = r.Awaited();
        var party = awaited?.Party switch
        {
            RequestParty.HandlingOrganisation => $"{organisation}（承办单位信息员）",
            RequestParty.HeadOfOffice => "县政务公开办（政府信息公开工作机构负责人）",
            RequestParty.Applicant => "申请人",
            RequestParty.ConsultedParty => r.OpenConsultation?.Party ?? "被征求意见方",
            _ => null,
        };
        var mine = awaited?.Party switch
        {
            RequestParty.HandlingOrganisation => handling,
            RequestParty.HeadOfOffice => StaffRequestAccess.IsHeadOfOffice(currentUser),
            _ => false,
        };
        return new StaffRequestReply(
            files, handling && r.CanChangeReplyFiles(), r.ReplyNoticeNumber, r.ReceiptEmailSentAt, r.ReceiptEmailProblem, r.AcceptedOn,
            party, awaited?.Step, mine);
    }

    /// <summary>
    /// Suggested 补正 period: 15 working days, a reasonable time (第三十条 leaves it to the organisation); the clerk
    /// may set another.
    /// </summary>
    public const int SuggestedSupplementWorkingDays = 15;

    private async Task<StaffRequestProcedure> ProcedureAsync(
        DisclosureRequest r, Domain.Calendar.WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        // Reviewed use of IgnoreQueryFilters: the other end of a 转办 belongs to the other organisation, out of this
        // clerk's scope; only its number and organisation are read, for the link between the two cases.
        var linked = db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking();
        var transferredToNumber = r.Status == RequestStatus.Transferred
            ? await linked.Where(c => c.TransferredFromRequestId == r.Id).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        var from = r.TransferredFromRequestId is int fromId
            ? await linked.Where(c => c.Id == fromId).Select(c => new { c.Number, c.OrganisationId }).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new StaffRequestProcedure(
            today,
            r.SupplementItems,
            r.SupplementRequestedOn,
            r.SupplementDeadline,
            r.SupplementReceivedOn,
            calendar.AddWorkingDays(today, SuggestedSupplementWorkingDays),
            [.. r.Consultations.OrderBy(c => c.StartedOn).Select(c => new ConsultationView(
                c.Kind, RequestLabels.Of(c.Kind), c.Party, c.StartedOn, c.EndedOn, RequestDeadlines.ConsultationEnds(calendar, c.StartedOn), c.Opinion))],
            r.ExtensionRequestedDays,
            r.ExtensionReason,
            r.ExtensionRequestedBy,
            r.ExtensionDays,
            r.ExtensionApprovedBy,
            r.Outcome,
            r.DecisionText,
            r.DecisionProposedOn,
            r.DecisionProposedBy,
            r.ReviewComment,
            r.ApprovedBy,
            r.ApprovedOn,
            r.DeliveryMethod is { } m ? RequestLabels.Of(m) : null,
            r.DeliveredOn,
            r.ClosedOn,
            r.TransferredToOrganisationId is int to ? names[to] : null,
            r.TransferReason,
            transferredToNumber,
            from?.Number,
            from is null ? null : names[from.OrganisationId],
            Actions(r, today));
    }

    /// <summary>The steps the entity allows the current user today (<see cref="DisclosureRequest.Allowed"/>), as the page's actions.</summary>
    private HashSet<RequestAction> Actions(DisclosureRequest r, DateOnly today)
    {
        var allowed = r.Allowed(currentUser.ToActor(), today);
        var actions = new HashSet<RequestAction>();
        void When(bool condition, RequestAction action)
        {
            if (condition)
            {
                actions.Add(action);
            }
        }

        When(allowed.CanAccept, RequestAction.Accept);
        When(allowed.CanRequestSupplement, RequestAction.RequestSupplement);
        When(allowed.CanReceiveSupplement, RequestAction.ReceiveSupplement);
        When(allowed.CanMarkAbandoned, RequestAction.MarkAbandoned);
        When(allowed.CanStartConsultation, RequestAction.StartConsultation);
        When(allowed.CanEndConsultation, RequestAction.EndConsultation);
        When(allowed.CanRequestExtension, RequestAction.RequestExtension);
        When(allowed.CanDecideExtension, RequestAction.DecideExtension);
        When(allowed.CanProposeDecision, RequestAction.ProposeDecision);
        When(allowed.CanDecideProposal, RequestAction.DecideProposal);
        When(allowed.CanDeliver, RequestAction.Deliver);
        When(allowed.CanTransfer, RequestAction.Transfer);
        return actions;
    }
}
