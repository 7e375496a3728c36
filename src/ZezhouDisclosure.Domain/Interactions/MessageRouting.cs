using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Interactions;

/// <summary>
/// One move of a message between units (分办 by the county office, or a later 转办): the case and its clock stay the
/// same, the move is kept here.
/// </summary>
public class MessageRouting : Entity
{
    private MessageRouting()
    {
    }

    internal MessageRouting(int? fromOrganisationId, int toOrganisationId, DateTime at, string by, string? note)
    {
        FromOrganisationId = fromOrganisationId;
        ToOrganisationId = toOrganisationId;
        At = at;
        By = by;
        Note = note;
    }

    public int CitizenMessageId { get; private set; }

    /// <summary>The unit that had it before (null: the first 分办 out of the county office's queue).</summary>
    public int? FromOrganisationId { get; private set; }

    public int ToOrganisationId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime At { get; private set; }

    public string By { get; private set; } = "";

    public string? Note { get; private set; }
}
