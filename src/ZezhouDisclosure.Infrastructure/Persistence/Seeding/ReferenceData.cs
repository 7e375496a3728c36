using ZezhouDisclosure.Domain.Columns;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// The reference data every installation starts with. Sources: 泽政办发〔2020〕22号 and its attachment
/// (departments, the 26 pilot areas and their responsible units); domain.md §2.2 (townships and their 统计用区划代码);
/// 条例 第二十条、第二十一条 and 国办公开办函〔2019〕61号 (the column tree); the 中国政府网 主题分类.
/// Index codes are provisional until each unit's 统一社会信用代码 is entered by an administrator.
/// </summary>
public static class ReferenceData
{
    public const string SeedSource = "泽政办发〔2020〕22号附件";

    public static readonly (string Slug, string Name, string IndexCode)[] CountyBodies =
    [
        ("xzf", "泽州县人民政府", "140525000"),
        ("xzfb", "泽州县人民政府办公室", "140525001"),
    ];

    /// <summary>County departments and units named in the seed's attachment, in its order.</summary>
    public static readonly (string Slug, string Name, string IndexCode)[] Departments =
    [
        ("fgj", "泽州县发展和改革局", "140525011"),
        ("xzspj", "泽州县行政审批服务管理局", "140525012"),
        ("jyj", "泽州县教育局", "140525013"),
        ("gaj", "泽州县公安局", "140525014"),
        ("mzj", "泽州县民政局", "140525015"),
        ("sfj", "泽州县司法局", "140525016"),
        ("czj", "泽州县财政局", "140525017"),
        ("rsj", "泽州县人力资源和社会保障局", "140525018"),
        ("zrzyj", "泽州县自然资源局", "140525019"),
        ("zjj", "泽州县住房和城乡建设管理局", "140525020"),
        ("nyncj", "泽州县农业农村局", "140525021"),
        ("wlj", "泽州县文化和旅游局", "140525022"),
        ("wtj", "泽州县卫生健康和体育局", "140525023"),
        ("yjj", "泽州县应急管理局", "140525024"),
        ("scjgj", "泽州县市场监督管理局", "140525025"),
        ("sthjj", "晋城市生态环境局泽州分局", "140525026"),
        ("fpzx", "泽州县扶贫开发中心", "140525027"),
        ("swj", "国家税务总局泽州县税务局", "140525028"),
    ];

    /// <summary>The 14 towns that existed both in 2020 and after the 2021-02 adjustment, with their statistical codes.</summary>
    public static readonly (string Slug, string Name, string Code)[] ContinuingTowns =
    [
        ("nancun", "南村镇", "140525100"),
        ("xiacun", "下村镇", "140525101"),
        ("dadonggou", "大东沟镇", "140525102"),
        ("zhoucun", "周村镇", "140525103"),
        ("lichuan", "犁川镇", "140525104"),
        ("jinmiaopu", "晋庙铺镇", "140525105"),
        ("jincun", "金村镇", "140525106"),
        ("gaodu", "高都镇", "140525107"),
        ("bagong", "巴公镇", "140525108"),
        ("dayang", "大阳镇", "140525109"),
        ("shanhe", "山河镇", "140525110"),
        ("daji", "大箕镇", "140525111"),
        ("liushukou", "柳树口镇", "140525112"),
        ("beiyicheng", "北义城镇", "140525113"),
    ];

    /// <summary>The 2021-02 adjustment (inferred, domain.md §2.2): 川底乡 → 川底镇; 南岭乡 and 李寨乡 → 南岭镇.</summary>
    public static readonly DateOnly TownshipAdjustment = new(2021, 2, 1);

    /// <summary>Shown to the public as 资料说明: plain words only, no internal references (the source is domain.md §2.2).</summary>
    public const string InferredTownshipNote =
        "推断：由“14镇3乡”（2008年）与2021年2月撤并乡镇后的区划代码反推，以区划调整正式文件为准。";

    /// <summary>Earlier wordings of <see cref="InferredTownshipNote"/> that the seeder corrects in existing databases.</summary>
    public static readonly string[] RetiredTownshipNotes =
    [
        "推断：由“14镇3乡”（2008年）与2021年2月撤并乡镇后的区划代码反推，未找到泽州县区划调整通告原文（domain.md §2.2）。",
    ];

    public const string StatisticalCodeNote = "国家统计局统计用区划代码（2021年2月撤并后数据）。";

    /// <summary>The 26 pilot areas in attachment order: (number, slug, name, attachment row, responsible unit slugs).</summary>
    public static readonly (int Number, string Slug, string Name, int Row, string[] Units)[] PilotAreas =
    [
        (1, "zdjsxm", "重大建设项目", 1, ["fgj", "xzspj"]),
        (2, "ywjy", "义务教育", 2, ["jyj"]),
        (3, "hjgl", "户籍管理", 3, ["gaj"]),
        (4, "shjz", "社会救助", 4, ["mzj"]),
        (5, "ylfw", "养老服务", 4, ["mzj"]),
        (6, "ggflfw", "公共法律服务", 5, ["sfj"]),
        (7, "czyjs", "财政预决算", 6, ["czj"]),
        (8, "jiuye", "就业", 7, ["rsj"]),
        (9, "shbx", "社会保险", 7, ["rsj"]),
        (10, "cxgh", "城乡规划", 8, ["zrzyj"]),
        (11, "zdbc", "征地补偿", 8, ["zrzyj"]),
        (12, "fwzs", "国有土地上房屋征收", 9, ["zjj"]),
        (13, "bzxzf", "保障性住房", 9, ["zjj"]),
        (14, "ncwfgz", "农村危房改造", 9, ["zjj"]),
        (15, "cszhzf", "城市综合执法", 10, ["zjj"]),
        (16, "szfw", "市政服务", 10, ["zjj"]),
        (17, "snbt", "涉农补贴", 11, ["nyncj"]),
        (18, "ggwhfw", "公共文化服务", 12, ["wlj"]),
        (19, "ylws", "医疗卫生", 13, ["wtj"]),
        (20, "aqsc", "安全生产", 14, ["yjj"]),
        (21, "jiuzai", "救灾", 14, ["yjj"]),
        (22, "spypjg", "食品药品监管", 15, ["scjgj"]),
        (23, "ggzyjy", "公共资源交易", 16, ["xzspj"]),
        (24, "hjbh", "环境保护", 17, ["sthjj"]),
        (25, "fupin", "扶贫", 18, ["fpzx"]),
        (26, "ssgl", "税收管理", 19, ["swj"]),
    ];

    /// <summary>中国政府网 主题分类.</summary>
    public static readonly string[] TopicCategories =
    [
        "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利", "工业、交通",
        "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版", "卫生、体育",
        "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教", "对外事务",
        "港澳台侨工作", "国防", "其他",
    ];

    /// <summary>A column to seed: parent path ("" for a root), slug, name, kind, accepts documents, legal basis, description.</summary>
    public sealed record ColumnSeed(string ParentPath, string Slug, string Name, ColumnKind Kind, bool AcceptsDocuments, string? LegalBasis = null, string? Description = null);

    public static readonly ColumnSeed[] Columns =
    [
        new("", "xxgk", "政府信息公开", ColumnKind.Section, false, "国办公开办函〔2019〕61号",
            "依据《中华人民共和国政府信息公开条例》设置的政府信息公开专栏。"),
        new(ColumnPaths.Disclosure, "zn", "政府信息公开指南", ColumnKind.Guide, true, "条例第十二条",
            "政府信息的分类、编排体系、获取方式，政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等。"),
        new(ColumnPaths.Disclosure, "zd", "政府信息公开制度", ColumnKind.Rules, true, "条例第四条、第十七条",
            "本机关政府信息公开审查、发布、依申请公开、年度报告等工作制度。"),
        new(ColumnPaths.Disclosure, "fdzdgknr", "法定主动公开内容", ColumnKind.Section, false, "条例第二十条、第二十一条",
            "按照条例第二十条、第二十一条规定应当主动公开的政府信息。"),
        new(ColumnPaths.Statutory, "gfxwj", "行政法规、规章和规范性文件", ColumnKind.StatutoryCategory, true, "条例第二十条第（一）项"),
        new(ColumnPaths.Statutory, "jgzn", "机关职能", ColumnKind.StatutoryCategory, true, "条例第二十条第（二）项",
            "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名。"),
        new(ColumnPaths.Statutory, "ghjh", "规划信息", ColumnKind.StatutoryCategory, true, "条例第二十条第（三）项",
            "国民经济和社会发展规划、专项规划、区域规划及相关政策。"),
        new(ColumnPaths.Statutory, "tjxx", "统计信息", ColumnKind.StatutoryCategory, true, "条例第二十条第（四）项",
            "国民经济和社会发展统计信息。"),
        new(ColumnPaths.Statutory, "xzxk", "行政许可和对外管理服务", ColumnKind.StatutoryCategory, true, "条例第二十条第（五）项",
            "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果。"),
        new(ColumnPaths.Statutory, "xzcf", "行政处罚和行政强制", ColumnKind.StatutoryCategory, true, "条例第二十条第（六）项",
            "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定。"),
        new(ColumnPaths.Statutory, "czyjs", "财政预算、决算", ColumnKind.StatutoryCategory, true, "条例第二十条第（七）项",
            "财政预算、决算信息。"),
        new(ColumnPaths.Statutory, "xzsf", "行政事业性收费", ColumnKind.StatutoryCategory, true, "条例第二十条第（八）项",
            "行政事业性收费项目及其依据、标准。"),
        new(ColumnPaths.Statutory, "zfcg", "政府集中采购", ColumnKind.StatutoryCategory, true, "条例第二十条第（九）项",
            "政府集中采购项目的目录、标准及实施情况。"),
        new(ColumnPaths.Statutory, "zdjsxm", "重大建设项目", ColumnKind.StatutoryCategory, true, "条例第二十条第（十）项",
            "重大建设项目的批准和实施情况。"),
        new(ColumnPaths.Statutory, "msbz", "扶贫、教育、医疗、社会保障、促进就业", ColumnKind.StatutoryCategory, true, "条例第二十条第（十一）项",
            "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况。"),
        new(ColumnPaths.Statutory, "yjgl", "突发公共事件应对", ColumnKind.StatutoryCategory, true, "条例第二十条第（十二）项",
            "突发公共事件的应急预案、预警信息及应对情况。"),
        new(ColumnPaths.Statutory, "jdjc", "监督检查", ColumnKind.StatutoryCategory, true, "条例第二十条第（十三）项",
            "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况。"),
        new(ColumnPaths.Statutory, "gwyzk", "公务员招考", ColumnKind.StatutoryCategory, true, "条例第二十条第（十四）项",
            "公务员招考的职位、名额、报考条件等事项以及录用结果。"),
        new(ColumnPaths.Statutory, "qtxx", "其他应当主动公开的信息", ColumnKind.StatutoryCategory, true, "条例第二十条第（十五）项",
            "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息。"),
        new(ColumnPaths.Statutory, "xjsx", "县级政府及部门重点事项", ColumnKind.Section, false, "条例第二十一条",
            "设区的市级、县级人民政府及其部门应当主动公开的市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等方面的政府信息。"),
        new(ColumnPaths.CountyKeyMatters, "szjs", "市政建设", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.CountyKeyMatters, "ggfw", "公共服务", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.CountyKeyMatters, "gysy", "公益事业", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.CountyKeyMatters, "tdzs", "土地征收", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.CountyKeyMatters, "fwzs", "房屋征收", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.CountyKeyMatters, "zagl", "治安管理", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.CountyKeyMatters, "shjz", "社会救助", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.Statutory, "xzsx", "乡镇重点事项", ColumnKind.Section, false, "条例第二十一条",
            "乡（镇）人民政府应当主动公开的贯彻落实农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助等方面的政府信息。"),
        new(ColumnPaths.TownshipKeyMatters, "nyzc", "农业农村政策", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.TownshipKeyMatters, "ntsl", "农田水利工程建设运营", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.TownshipKeyMatters, "tdlz", "农村土地承包经营权流转", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.TownshipKeyMatters, "zjd", "宅基地使用情况审核", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.TownshipKeyMatters, "tdzs", "土地征收", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.TownshipKeyMatters, "fwzs", "房屋征收", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.TownshipKeyMatters, "cccl", "筹资筹劳", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.TownshipKeyMatters, "shjz", "社会救助", ColumnKind.StatutoryCategory, true, "条例第二十一条"),
        new(ColumnPaths.Disclosure, "nb", "政府信息公开工作年度报告", ColumnKind.AnnualReport, true, "条例第四十九条、第五十条",
            "县级以上人民政府部门每年1月31日前、县级以上地方人民政府主管部门每年3月31日前公布本机关上一年度政府信息公开工作年度报告。"),
        new(ColumnPaths.Disclosure, "ysqgk", "依申请公开", ColumnKind.OnRequest, true, "条例第二十七条至第四十五条",
            "公民、法人或者其他组织向行政机关申请获取政府信息的方式、程序、期限和救济渠道。"),
        new(ColumnPaths.Disclosure, "zcwj", "政策文件", ColumnKind.PolicyDocuments, true, "泽政办发〔2020〕22号 四（三）",
            "县政府及部门、乡镇制发的政策性文件。"),
        new(ColumnPaths.Disclosure, "zcjd", "政策解读", ColumnKind.PolicyInterpretations, true, "泽政办发〔2020〕22号 四（三）",
            "按照“谁起草、谁解读”原则发布的政策文件解读材料。"),
        new("", "jczwgk", "基层政务公开", ColumnKind.Grassroots, false, "国办发〔2019〕54号；泽政办发〔2020〕22号 三",
            "各乡镇按照26个试点领域基层政务公开标准指引编制的政务公开事项标准目录及其公开信息。"),
    ];
}
