using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Villages;

/// <summary>
/// One row of a 村（居）'s 公开事项清单 (the third, 村级, level below the county and township catalogues): what is made
/// public, when and how. Seeded from <see cref="VillageCatalogueTemplate"/> and adapted by the township.
/// </summary>
public class VillageCatalogueItem : Entity, IOrganisationOwned, IAuditable
{
    private VillageCatalogueItem()
    {
    }

    public VillageCatalogueItem(int villageId, string area, string item, string content, string timing, string channel, int sortOrder)
    {
        OrganisationId = villageId;
        SortOrder = sortOrder;
        Edit(area, item, content, timing, channel);
    }

    public int OrganisationId { get; private set; }

    /// <summary>The focus area (重点领域), e.g. 村级财务.</summary>
    public string Area { get; private set; } = "";

    public string Item { get; private set; } = "";

    public string Content { get; private set; } = "";

    /// <summary>公开时限.</summary>
    public string Timing { get; private set; } = "";

    /// <summary>公开方式 (公示栏、微信群、公众号).</summary>
    public string Channel { get; private set; } = "";

    public int SortOrder { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public void Edit(string area, string item, string content, string timing, string channel)
    {
        if (string.IsNullOrWhiteSpace(area) || string.IsNullOrWhiteSpace(item))
        {
            throw new DomainException("请填写领域和公开事项。");
        }

        Area = area.Trim();
        Item = item.Trim();
        Content = content?.Trim() ?? "";
        Timing = timing?.Trim() ?? "";
        Channel = channel?.Trim() ?? "";
    }

    /// <summary>Moves the row to another place in the list.</summary>
    public void Reorder(int sortOrder) => SortOrder = sortOrder;
}

/// <summary>
/// The template 公开事项清单 every village starts with: the six focus areas of the seed (泽政办发〔2020〕22号 三（四）3):
/// 脱贫攻坚, 乡村振兴, 村级财务, 惠农政策, 养老服务, 社会救助.
/// </summary>
public static class VillageCatalogueTemplate
{
    public const string DefaultChannel = "村务公开栏、村民微信群";

    public static IReadOnlyList<(string Area, string Item, string Content, string Timing)> Rows { get; } =
    [
        ("脱贫攻坚", "防止返贫监测帮扶", "监测对象识别、帮扶措施及成效", "信息形成后及时公开，公示7天"),
        ("乡村振兴", "村级项目建设", "项目名称、资金来源及金额、实施主体、建设进度、验收结果", "项目实施前后各公开一次"),
        ("村级财务", "村级财务收支明细", "每月收入、支出明细及结余，重大财务事项", "每月10日前公开上月情况"),
        ("惠农政策", "惠农补贴发放", "耕地地力保护补贴等补贴对象、标准、金额", "发放前公示7天"),
        ("养老服务", "高龄津贴及养老服务", "享受对象、标准、服务内容", "信息形成后10个工作日内"),
        ("社会救助", "低保、特困、临时救助", "救助对象、救助标准、救助金额（隐去个人敏感信息）", "审核后公示7个工作日"),
    ];
}
