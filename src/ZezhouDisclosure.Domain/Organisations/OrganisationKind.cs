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

    /// <summary>村民委员会 (a 行政村 under a township).</summary>
    Village = 5,

    /// <summary>居民委员会 (a 社区 under a township).</summary>
    Community = 6,

    /// <summary>Any other body that publishes (派出机构, 事业单位 …).</summary>
    OtherBody = 7,
}
