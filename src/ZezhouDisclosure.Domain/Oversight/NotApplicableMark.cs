using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>
/// “不涉及”: a column that legally may stay empty for one unit (e.g. 行政处罚 of a unit with no such power), with the
/// reason. The blank-column rule does not count such a column.
/// </summary>
public class NotApplicableMark : Entity, IOrganisationOwned, IAuditable
{
    private NotApplicableMark()
    {
    }

    public NotApplicableMark(int organisationId, int columnId, string reason)
    {
        OrganisationId = organisationId;
        ColumnId = columnId;
        ChangeReason(reason);
    }

    public int OrganisationId { get; private set; }

    public int ColumnId { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public void ChangeReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("标记“不涉及”必须说明理由。");
        }

        Reason = reason.Trim();
    }
}
