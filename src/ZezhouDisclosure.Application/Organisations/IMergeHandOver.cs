namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// One kind of a unit's open work that moves to its successor when the unit is merged (撤并). Each feature registers
/// its own (<c>FeatureBuilder.MergeHandOver</c>), so a new workflow takes part in merges without editing the merge.
/// </summary>
public interface IMergeHandOver
{
    /// <summary>
    /// Moves the open work of <paramref name="organisationId"/> to <paramref name="successorId"/> as tracked changes, which
    /// the merge saves with everything else in one transaction. Returns what moved, for the audit entry and the
    /// confirmation (“未发布信息 3 条”), or null when nothing did.
    /// </summary>
    Task<string?> HandOverAsync(int organisationId, int successorId, CancellationToken cancellationToken);
}
