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
public sealed record ListStaffRequestsQuery : IQuery<IReadOnlyList<StaffRequestRow>>;

public sealed class ListStaffRequestsHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListStaffRequestsQuery, IReadOnlyList<StaffRequestRow>>
{
    /// <summary>Due within this many working days counts as 即将到期.</summary>
    public const int DueSoonWorkingDays = 3;

    public async ValueTask<IReadOnlyList<StaffRequestRow>> Handle(ListStaffRequestsQuery query, CancellationToken cancellationToken)
    {
        var scope = currentUser.IsCountyWide() ? (int?)null : currentUser.RequireClerkOrganisation();
        var requests = await db.DisclosureRequests.AsNoTracking().Include(r => r.Consultations)
            .Where(r => scope == null || r.OrganisationId == scope)
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
                    r.ReceivedOn, r.Status, deadline.DueDate, deadline.IsEstimate, left, urgency);
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
        var scope = currentUser.IsCountyWide() ? (int?)null : currentUser.RequireClerkOrganisation();
        return await db.DisclosureRequests.Include(r => r.Consultations)
                .FirstOrDefaultAsync(r => r.Id == id && (scope == null || r.OrganisationId == scope), cancellationToken)
            ?? throw new NotFoundException();
    }

    /// <summary>The clerk of the organisation applied to: the only one who handles the case and sees the applicant whole.</summary>
    public static bool IsHandlingClerk(ICurrentUser currentUser, DisclosureRequest request) =>
        currentUser.IsInRole(Roles.Clerk) && currentUser.OrganisationId == request.OrganisationId;
}
