namespace ZezhouDisclosure.Domain.Common;

/// <summary>
/// Who wants to act on a record, as far as the workflow rules care: the user's name (four-eyes rules), the
/// organisation they write for as a clerk (信息员), and whether they are a reviewer of the county office (县政务公开办,
/// also the 工作机构负责人 of 报批) or county-wide staff (reviewers and administrators), and the organisation they head (单位负责人). Entities answer "may this
/// actor do X now" from it; the Application layer builds it from the signed-in user.
/// </summary>
public sealed record Actor(string UserName, int? ClerkOrganisationId, bool IsReviewer, bool IsCountyWide, int? UnitHeadOrganisationId = null)
{
    /// <summary>The head (单位负责人) of <paramref name="organisationId"/>, who signs off its documents inside the unit.</summary>
    public bool IsUnitHeadOf(int organisationId) => UnitHeadOrganisationId == organisationId;

    /// <summary>A clerk bound to <paramref name="organisationId"/>.</summary>
    public bool IsClerkOf(int organisationId) => ClerkOrganisationId == organisationId;

    /// <summary>The same sign-in name (case-insensitive), for rules that forbid deciding one's own proposal.</summary>
    public bool Is(string? userName) => string.Equals(UserName, userName, StringComparison.OrdinalIgnoreCase);
}
