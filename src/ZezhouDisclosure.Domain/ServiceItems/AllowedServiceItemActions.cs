namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>What an actor may do with a service item now (the pages show exactly these buttons).</summary>
public sealed record AllowedServiceItemActions(
    bool CanEdit,
    bool CanSubmit,
    bool CanRecall,
    bool CanApproveInUnit,
    bool CanReturnInUnit,
    bool CanApprove,
    bool CanReturn,
    bool CanStartRevision);
