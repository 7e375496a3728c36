namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// The procedure steps one actor may take on a case now (<see cref="DisclosureRequest.Allowed"/>): the handling clerk
/// runs the case, the head of the office (县政务公开办) decides extensions and proposals made by somebody else.
/// </summary>
public sealed record AllowedRequestActions(
    bool CanAccept,
    bool CanRequestSupplement,
    bool CanReceiveSupplement,
    bool CanMarkAbandoned,
    bool CanStartConsultation,
    bool CanEndConsultation,
    bool CanRequestExtension,
    bool CanDecideExtension,
    bool CanProposeDecision,
    bool CanDecideProposal,
    bool CanDeliver,
    bool CanTransfer)
{
    /// <summary>Nothing allowed.</summary>
    public static AllowedRequestActions None { get; } = new(false, false, false, false, false, false, false, false, false, false, false, false);
}
