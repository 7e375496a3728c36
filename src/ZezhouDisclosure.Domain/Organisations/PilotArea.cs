using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Organisations;

/// <summary>
/// One of the 26 pilot areas (试点领域) of 基层政务公开标准化规范化, as listed in the attachment of
/// 泽政办发〔2020〕22号, with the county units responsible for its standard guideline.
/// </summary>
public class PilotArea : Entity
{
    private readonly List<PilotAreaResponsibility> _responsibilities = [];

    private PilotArea()
    {
    }

    public PilotArea(int number, string slug, string name, int attachmentRow)
    {
        Number = number;
        Slug = slug;
        Name = name;
        AttachmentRow = attachmentRow;
    }

    /// <summary>1–26, in the order of the seed attachment.</summary>
    public int Number { get; private set; }

    public string Slug { get; private set; } = "";

    /// <summary>Name without the trailing 领域, e.g. 义务教育.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The 序号 of the attachment row that lists this area (several areas share a row).</summary>
    public int AttachmentRow { get; private set; }

    public IReadOnlyCollection<PilotAreaResponsibility> Responsibilities => _responsibilities;

    public void AssignResponsibleUnit(int organisationId)
    {
        if (_responsibilities.Any(r => r.OrganisationId == organisationId))
        {
            return;
        }

        _responsibilities.Add(new PilotAreaResponsibility(Id, organisationId));
    }
}
