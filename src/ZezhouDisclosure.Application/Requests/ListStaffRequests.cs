using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The to-do list of open applications: a clerk sees their organisation's, the county office all of them. Overdue
/// first, then by due date; names masked.
/// </summary>
/// <param name="OrganisationId">County office only: one organisation's list (a clerk always gets their own).</param>
public sealed record ListStaffRequestsQuery(int? OrganisationId = null) : IQuery<IReadOnlyList<StaffRequestRow>>;

public sealed class ListStaffRequestsHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListStaffRequestsQuery, IReadOnlyList<StaffRequestRow>>
{
    /// <summary>Due within this many working days counts as 即将到期.</summary>
    public const int DueSoonWorkingDays = 3;

    public async ValueTask<IReadOnlyList<StaffRequestRow>> Handle(ListStaffRequestsQuery query, CancellationToken cancellationToken)
    {
        // The organisation-scope filter keeps a clerk to the organisations they act for; anyone else is refused here.
        StaffRequestAccess.RequireStaff(currentUser);
        var only = currentUser.IsCountyWide() ? query.OrganisationId : null;
        var requests = await db.DisclosureRequests.AsNoTracking().Include(r => r.Consultations)
            .Where(r => only == null || r.OrganisationId == only)
            .Where(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Abandoned && r.Status != RequestStatus.Transferred)
            .ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        var today = ChinaTime.Today(time);
        return
        [
            .. requests.Select(r =>
            {
                var deadline = r.Deadline(calendar);
                var left = deadline.WorkingDaysLeft(calendar, today);
                var urgency = r.Status is RequestStatus.AwaitingSupplement or RequestStatus.InConsultation ? RequestUrgency.Paused
                    : left < 0 ? RequestUrgency.Overdue
                    : left <= DueSoonWorkingDays ? RequestUrgency.DueSoon
                    : RequestUrgency.Normal;
                return new StaffRequestRow(
                    r.Id, r.Number, names[r.OrganisationId], PersonalDataMasking.Name(r.ApplicantName, r.ApplicantType),
                    r.ReceivedOn, r.Status, deadline.DueDate, deadline.IsEstimate, left, urgency,
                    r.Status == RequestStatus.PendingApproval || r.HasPendingExtension);
            })
            .OrderByDescending(r => r.Urgency == RequestUrgency.Overdue)
            .ThenBy(r => r.DueDate)
            .ThenBy(r => r.Number),
        ];
    }
}

/// <summary>Loads one application for staff: 404 for a clerk of another organisation (its existence is not told).</summary>
internal static class StaffRequestAccess
{
    public static async Task<DisclosureRequest> LoadAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        RequireStaff(currentUser);

        // Another organisation's case is out of the organisation-scope filter: not found, like one that does not exist.
        return await db.DisclosureRequests.Include(r => r.Consultations).FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException();
    }

    /// <summary>Refuses (403) anyone who is neither county-wide nor a clerk bound to an organisation.</summary>
    public static void RequireStaff(ICurrentUser currentUser)
    {
        if (!currentUser.IsCountyWide())
        {
            currentUser.RequireClerkOrganisation();
        }
    }

    /// <summary>Loads a case the current user handles (the organisation's clerk), else 404/403.</summary>
    public static async Task<DisclosureRequest> LoadForHandlingClerkAsync(
        IAppDbContext db, ICurrentUser currentUser, int id, string refusal, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(db, currentUser, id, cancellationToken);
        return IsHandlingClerk(currentUser, request) ? request : throw new ForbiddenException(refusal);
    }

    /// <summary>Loads a case for the head of the disclosure office (see <see cref="IsHeadOfOffice"/>), else 404/403.</summary>
    public static async Task<DisclosureRequest> LoadForHeadAsync(
        IAppDbContext db, ICurrentUser currentUser, int id, string refusal, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(db, currentUser, id, cancellationToken);
        return IsHeadOfOffice(currentUser) ? request : throw new ForbiddenException(refusal);
    }

    /// <summary>
    /// 政府信息公开工作机构负责人 (条例第三十三条, 报批): in this portal the county office (县政务公开办), i.e. a 审核员.
    /// Townships and departments have no reviewer accounts of their own, and clerks never approve. The entity also
    /// refuses an approval by the same user who asked for it.
    /// </summary>
    public static bool IsHeadOfOffice(ICurrentUser currentUser) => currentUser.IsInRole(Roles.Reviewer);

    /// <summary>The clerk of the organisation applied to: the only one who handles the case and sees the applicant whole.</summary>
    public static bool IsHandlingClerk(ICurrentUser currentUser, DisclosureRequest request) =>
        currentUser.IsInRole(Roles.Clerk) && currentUser.OrganisationIds.Contains(request.OrganisationId);
}
