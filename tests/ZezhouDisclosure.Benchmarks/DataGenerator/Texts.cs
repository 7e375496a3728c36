using System.Globalization;
using System.Text;

namespace ZezhouDisclosure.Benchmarks.DataGenerator;

/// <summary>
/// Chinese titles, bodies and summaries built from the vocabulary of a county's published government information, so
/// that word segmentation, two-character queries and result counts behave as on a real portal.
/// </summary>
public static class Texts
{
    /// <summary>Policy terms used everywhere (two-character words such as 低保, 教育, 预算 and their long forms).</summary>
    public static readonly string[] Terms =
    [
        "城乡最低生活保障", "低保", "特困人员救助供养", "临时救助", "农村危房改造", "危房改造", "义务教育", "学前教育", "招生入学",
        "部门预算", "部门决算", "三公经费", "财政预算", "耕地地力保护补贴", "高标准农田建设", "乡村振兴", "优化营商环境", "安全生产",
        "森林防火", "防汛抗旱", "城乡居民医疗保险", "城乡居民基本养老保险", "就业创业", "公共资源交易", "政府采购", "生态环境保护",
        "大气污染防治", "秸秆禁烧", "农村人居环境整治", "农村改厕", "移风易俗", "退役军人优抚", "残疾人两项补贴", "高龄津贴",
        "食品安全", "双随机一公开", "行政许可", "行政处罚", "河长制", "林长制", "宅基地审批", "土地承包经营权流转", "征地补偿",
        "棚户区改造", "保障性住房", "市政道路", "集中供热", "生活垃圾分类", "文物保护", "全民健身", "公共文化服务", "家庭医生签约",
        "基本公共卫生服务", "政务公开", "一网通办", "放管服改革", "防止返贫动态监测", "消费帮扶", "小额信贷", "煤矿安全",
        "燃气安全", "地质灾害防治", "饮水安全", "教育资助", "营养改善计划", "校园安全", "疫苗接种", "医疗救助", "养老服务",
        "社区居家养老", "农村集体经济", "集体产权制度改革", "村级财务公开", "惠民惠农财政补贴", "粮食生产", "畜牧养殖",
        "农机购置补贴", "光伏扶贫", "易地扶贫搬迁", "雨露计划", "稳岗返还", "职业技能培训", "工伤保险", "失业保险",
    ];

    /// <summary>Words that occur in roughly one document in two thousand: the benchmark's "rare word" queries.</summary>
    public static readonly string[] RareTerms = ["蚕桑", "非遗传承", "古村落保护", "旱作梯田", "连翘种植", "冬小麦越冬"];

    private static readonly string[] PolicyDocumentKinds = ["实施方案", "管理办法", "工作方案", "实施细则", "考核办法", "实施意见", "工作要点", "行动计划"];

    private static readonly string[] NoticeVerbs = ["进一步做好", "切实加强", "扎实推进", "全面开展", "规范", "做好", "深入推进"];

    private static readonly string[] ReportKinds = ["公示", "公告", "通告", "情况通报", "工作报告", "工作总结", "结果公示"];

    private static readonly string[] Higher = ["党中央、国务院", "省委、省政府", "市委、市政府", "县委、县政府"];

    private static readonly string[] Goals =
    [
        "覆盖率达到{0}%以上", "群众满意度达到{0}%以上", "办结率达到{0}%", "资金兑付率达到{0}%", "按时公开率达到{0}%",
    ];

    private static readonly string[] Measures =
    [
        "压实工作责任，明确分管领导和具体经办人员，建立工作台账，实行销号管理。",
        "严格审核程序，坚持个人申请、村级评议、乡镇审核、县级审批，做到应保尽保、应退尽退。",
        "加强资金监管，专款专用，严禁截留、挤占、挪用，资金通过“一卡通”直接发放到户。",
        "坚持公开透明，在政府网站、村务公开栏同步公示，公示期不少于7天，接受群众监督。",
        "强化督导检查，县政府督查室定期开展专项督查，对工作不力的单位予以通报批评。",
        "加强政策宣传，通过微信公众号、村村响广播、入户走访等方式，提高群众政策知晓率。",
        "建立动态管理机制，定期开展排查核实，及时将符合条件的对象纳入保障范围。",
        "做好个人信息保护，公示内容不得包含身份证号码、银行账号等个人隐私信息。",
        "完善应急预案，落实24小时值班值守制度，确保信息报送及时准确。",
        "统筹各类资金，优先保障重点项目，提高资金使用效益。",
    ];

    private static readonly string[] Closings =
    [
        "本方案自印发之日起施行。", "本办法由县{0}负责解释。", "各单位要高度重视，抓好贯彻落实。", "如有疑问，请与县{0}联系。",
        "公示期间，如有异议，请向乡镇人民政府或县{0}反映。", "特此通知。", "特此公告。",
    ];

    private static readonly string[] Offices = ["政务公开办", "民政局", "教育局", "财政局", "住房和城乡建设管理局", "农业农村局", "人力资源和社会保障局"];

    /// <summary>Which terms fit a column (by the column's last path segment); other columns draw from all terms.</summary>
    private static readonly Dictionary<string, string[]> ColumnTerms = new()
    {
        ["czyjs"] = ["部门预算", "部门决算", "三公经费", "财政预算", "惠民惠农财政补贴"],
        ["msbz"] = ["义务教育", "学前教育", "招生入学", "教育资助", "城乡居民医疗保险", "城乡居民基本养老保险", "就业创业", "防止返贫动态监测", "医疗救助", "职业技能培训"],
        ["shjz"] = ["城乡最低生活保障", "低保", "特困人员救助供养", "临时救助", "医疗救助", "残疾人两项补贴"],
        ["nyzc"] = ["耕地地力保护补贴", "农机购置补贴", "粮食生产", "乡村振兴", "高标准农田建设", "畜牧养殖"],
        ["zdjsxm"] = ["市政道路", "集中供热", "棚户区改造", "保障性住房", "高标准农田建设"],
        ["jdjc"] = ["食品安全", "双随机一公开", "安全生产", "煤矿安全", "燃气安全"],
        ["xzcf"] = ["行政处罚", "双随机一公开", "食品安全"],
        ["xzxk"] = ["行政许可", "一网通办", "放管服改革", "宅基地审批"],
        ["yjgl"] = ["森林防火", "防汛抗旱", "地质灾害防治", "安全生产"],
        ["tdlz"] = ["土地承包经营权流转", "农村集体经济"],
        ["zjd"] = ["宅基地审批"],
        ["tdzs"] = ["征地补偿"],
        ["fwzs"] = ["棚户区改造", "征地补偿"],
        ["ntsl"] = ["高标准农田建设", "饮水安全", "河长制"],
        ["cccl"] = ["村级财务公开", "农村集体经济"],
        ["gwyzk"] = ["就业创业"],
    };

    public static string PickTerm(Random random, string columnPath)
    {
        var slug = columnPath[(columnPath.LastIndexOf('/') + 1)..];
        var pool = ColumnTerms.TryGetValue(slug, out var terms) && random.Next(4) > 0 ? terms : Terms;
        return pool[random.Next(pool.Length)];
    }

    /// <summary>A title fitting the column; returns the 体裁 with it.</summary>
    public static (string Title, string Genre) Title(Random random, string columnPath, string organisation, int year, string term)
    {
        var slug = columnPath[(columnPath.LastIndexOf('/') + 1)..];
        switch (slug)
        {
            case "zn":
                return ($"{organisation}政府信息公开指南（{year}年修订）", "指南");
            case "zd":
                return ($"{organisation}政府信息公开{Pick(random, "保密审查", "发布协调", "依申请公开办理", "年度报告", "考核评议")}工作制度（{year}年）", "规定");
            case "nb":
                return ($"{organisation}{year - 1}年政府信息公开工作年度报告", "年度报告");
            case "czyjs":
                return ($"{organisation}{year}年{Pick(random, "部门预算", "部门决算", "“三公”经费预算", "政府预算执行情况")}公开", "其他");
            case "zcwj":
            {
                var kind = Pick(random, PolicyDocumentKinds);
                return random.Next(3) switch
                {
                    0 => ($"{organisation}关于印发《{Place(organisation)}{year}年{term}{kind}》的通知", "通知"),
                    1 => ($"{organisation}关于{Pick(random, NoticeVerbs)}{term}工作的通知", "通知"),
                    _ => ($"{organisation}关于加强{term}工作的{Pick(random, "意见", "实施意见", "指导意见")}", "意见"),
                };
            }
            case "gwyzk":
                return ($"{year}年{organisation}公开招聘{Pick(random, "事业单位工作人员", "公益性岗位人员", "社区工作者", "教师")}{Pick(random, "公告", "拟聘用人员公示", "笔试成绩公示")}", "公告");
            default:
            {
                var report = Pick(random, ReportKinds);
                return random.Next(4) switch
                {
                    0 => ($"{organisation}{year}年第{random.Next(1, 5)}季度{term}{(report.EndsWith("公示", StringComparison.Ordinal) ? "对象公示" : report)}", Genre(report)),
                    1 => ($"{organisation}关于{year}年{term}工作情况的{report}", Genre(report)),
                    2 => ($"{Place(organisation)}{year}年{term}{Pick(random, "资金分配", "项目实施", "补助发放", "检查结果")}情况{report}", Genre(report)),
                    _ => ($"{organisation}关于做好{year}年度{term}工作的通知", "通知"),
                };
            }
        }
    }

    /// <summary>Body HTML of 4–9 paragraphs (≈ 500–1500 characters); <paramref name="rare"/> is woven in when given.</summary>
    public static string Body(Random random, string title, string organisation, int year, string term, string? rare)
    {
        var place = Place(organisation);
        var second = Terms[random.Next(Terms.Length)];
        var builder = new StringBuilder(4096);
        builder.Append("<p>为深入贯彻落实").Append(Pick(random, Higher)).Append("关于").Append(term)
            .Append("工作的决策部署，").Append(Pick(random, NoticeVerbs)).Append(place).Append(term).Append("和").Append(second)
            .Append("工作，根据有关法律法规和政策规定，结合").Append(place).Append("实际，现就有关事项")
            .Append(title.EndsWith("公示", StringComparison.Ordinal) ? "公示如下" : "通知如下").Append("。</p>");
        builder.Append("<h2>一、总体目标</h2><p>到").Append(year).Append("年底，").Append(place).Append(term)
            .Append(string.Format(CultureInfo.InvariantCulture, Pick(random, Goals), random.Next(85, 100)))
            .Append("，").Append(second).Append("工作机制更加健全，群众获得感、幸福感、安全感进一步增强。</p>");
        builder.Append("<h2>二、主要措施</h2>");
        var measures = random.Next(2, 6);
        for (var i = 1; i <= measures; i++)
        {
            builder.Append("<p>（").Append(Numerals[i]).Append("）").Append(Pick(random, Measures));
            if (i == 2 && rare is not null)
            {
                builder.Append("结合本地").Append(rare).Append("等特色产业发展情况，统筹安排相关工作。");
            }

            builder.Append("</p>");
        }

        if (random.Next(3) == 0)
        {
            builder.Append("<table><thead><tr><th scope=\"col\">序号</th><th scope=\"col\">项目</th><th scope=\"col\">金额（万元）</th></tr></thead><tbody>");
            var rows = random.Next(3, 8);
            for (var i = 1; i <= rows; i++)
            {
                builder.Append("<tr><td>").Append(i).Append("</td><td>").Append(Terms[random.Next(Terms.Length)]).Append("</td><td>")
                    .Append((random.Next(100, 100_000) / 10m).ToString("0.0", CultureInfo.InvariantCulture)).Append("</td></tr>");
            }

            builder.Append("</tbody></table>");
        }

        builder.Append("<h2>三、工作要求</h2><p>各乡镇、各有关部门要把").Append(term).Append("工作摆上重要议事日程，")
            .Append(Pick(random, Measures)).Append("</p><p>")
            .Append(string.Format(CultureInfo.InvariantCulture, Pick(random, Closings), Pick(random, Offices))).Append("</p>");
        builder.Append("<p>").Append(organisation).Append("</p>");
        return builder.ToString();
    }

    public static string Summary(string title, string term, string organisation) =>
        $"{organisation}发布《{title}》，明确{term}工作的目标任务、主要措施和工作要求。";

    public static string Keywords(Random random, string term) =>
        string.Join(' ', new[] { term, Terms[random.Next(Terms.Length)], Terms[random.Next(Terms.Length)] }.Distinct());

    /// <summary>"泽州县教育局" → "全县"; a township → the township itself.</summary>
    public static string Place(string organisation) =>
        organisation.EndsWith('镇') || organisation.EndsWith('乡') ? organisation : "全县";

    public static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];

    private static string Genre(string report) => report switch
    {
        "公告" => "公告",
        "通告" => "通告",
        "情况通报" => "通报",
        "工作报告" or "工作总结" => "报告",
        _ => "公示",
    };

    private static readonly string[] Numerals = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
}
