using ZezhouDisclosure.Application.Requests;

namespace ZezhouDisclosure.Web.Areas.Admin.Models;

/// <param name="Request">The case, ID number masked.</param>
/// <param name="RevealedIdNumber">The full ID number, only on the response to an audited reveal.</param>
public sealed record RequestDetailsViewModel(StaffRequestDetails Request, string? RevealedIdNumber);
