using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Requests;

namespace ZezhouDisclosure.Web.Features.Requests.Models;

/// <param name="Request">The case, ID number masked.</param>
/// <param name="RevealedIdNumber">The full ID number, only on the response to an audited reveal.</param>
/// <param name="FailedAction">The step whose form was posted with invalid input: its errors and values are shown.</param>
/// <param name="TransferTargets">The organisations a case may be transferred to (only when it may be).</param>
/// <param name="Posted">The failed step's posted values, shown again in its form.</param>
public sealed record RequestDetailsViewModel(
    StaffRequestDetails Request,
    string? RevealedIdNumber,
    RequestAction? FailedAction = null,
    IReadOnlyList<OrganisationSummary>? TransferTargets = null,
    IReadOnlyDictionary<string, string?>? Posted = null)
{
    /// <summary>What a step form's field shows: the value typed into it when that step failed, else <paramref name="fallback"/>.</summary>
    public string Value(RequestAction action, string name, string fallback) =>
        FailedAction == action && Posted is not null && Posted.TryGetValue(name, out var typed) ? typed ?? fallback : fallback;
}
