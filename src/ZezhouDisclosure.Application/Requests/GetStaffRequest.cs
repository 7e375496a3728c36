using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The case page. The ID number is always masked here (revealing it is a separate, audited command); contact details
/// are shown whole to the handling clerk only, who needs them to notify and deliver.
/// </summary>
public sealed record GetStaffRequestQuery(int Id) : IQuery<StaffRequestDetails>;

public sealed class GetStaffRequestHandler(IAppDbContext db, ICurrentUser currentUser)
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
            handling);
    }
}
