namespace ZezhouDisclosure.Domain.Organisations;

/// <summary>What kind of body publishes government information.</summary>
public enum OrganisationKind
{
    /// <summary>泽州县人民政府.</summary>
    CountyGovernment = 1,

    /// <summary>县政府办公室 (hosts the 政务公开领导小组办公室).</summary>
    CountyOffice = 2,

    /// <summary>县直部门 and 驻县单位.</summary>
    Department = 3,

    /// <summary>乡镇人民政府.</summary>
    Township = 4,
}
