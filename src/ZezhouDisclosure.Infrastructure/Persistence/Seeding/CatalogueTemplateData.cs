using ZezhouDisclosure.Domain.Catalogues;
using static ZezhouDisclosure.Domain.Catalogues.DisclosureChannels;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// The county templates (标准指引) seeded per pilot area, each with the rows of the national guideline of its area as
/// local catalogues compiled from it publish them (domain.md §1.4), and a note naming the source. The first eight
/// areas are here; the other eighteen in CatalogueTemplateData.Guidelines.cs.
/// </summary>
public static partial class CatalogueTemplateData
{
    public const string Standard20 = "信息形成或者变更之日起20个工作日内";
    public const string Standard20Full = "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。";
    public const string Civil10 = "制定或获取信息之日起10个工作日内";
    public const string Regulation = "《中华人民共和国政府信息公开条例》（国务院令第711号）";

    private const DisclosureLevels County = DisclosureLevels.County;
    private const DisclosureLevels Township = DisclosureLevels.Township;
    private const DisclosureLevels Both = DisclosureLevels.County | DisclosureLevels.Township;

    private static readonly Dictionary<string, (string Note, CatalogueItemContent[] Rows)> Real = new()
    {
        ["ywjy"] = ("依据教育部办公厅《义务教育领域基层政务公开标准指引》（2019年），参照大姚县石羊镇、宿迁湖滨新区、翔安区香山街道等已发布的目录整理。",
        [
            Row("政策文件", "教育法律法规", "《教育法》《义务教育法》《民办教育促进法》《教师法》《国家通用语言文字法》", Regulation, Standard20, "县（市、区）教育部门", GovernmentWebsite | ReadingRoom, County),
            Row("政策文件", "规范性文件", "部门和地方政府规章、各类教育政策文件", Regulation, Standard20, "县（市、区）教育部门", GovernmentWebsite | ReadingRoom, County),
            Row("教育概况", "教育事业发展主要情况；教育统计数据；义务教育学校名录", "学校数据、在校生数据、教师数据、办学条件数据、县级汇总数据；学校名称、地址、办学层次、办学类型、办公电话", Regulation, Standard20, "县（市、区）教育部门", GovernmentWebsite, County),
            Row("民办教育机构信息", "办学基本信息；设立/变更/终止审批备案；日常监管信息", "学校名称、办学许可证、办学规模、联系方式；年检结果、行政处罚信息", Regulation, Standard20, "县（市、区）教育部门", GovernmentWebsite, County),
            Row("财务信息", "财务信息", "财务管理及监督办法、年度经费预决算、收费项目及收费标准", Regulation, Standard20, "中心学校", GovernmentWebsite | NoticeBoard, Both),
            Row("招生管理", "招生政策；招生范围；招生计划；学校介绍", "随迁子女入学办法；招生范围、学区划分；各校本年度招生计划；办学性质、地点、规模、条件、联系方式", Regulation, Standard20, "县（市、区）教育部门、学校", GovernmentWebsite | NoticeBoard | WeiboWeChatApp, Both),
            Row("学生管理", "义务教育学生资助政策", "统一城乡义务教育“两免一补”政策", Regulation, Standard20, "县教育（体育）局", GovernmentWebsite, County),
            Row("重要政策执行情况", "控辍保学", "辖区内控辍保学实施情况", Regulation, Standard20, "乡镇人民政府", GovernmentWebsite | NoticeBoard, Township),
        ]),
        ["shjz"] = ("依据民政部办公厅《社会救助和养老服务领域基层政务公开标准指引》（民办函〔2019〕52号）。",
        [
            Row("综合业务", "政策法规文件", "《社会救助暂行办法》（国务院令第649号）及最低生活保障、特困人员救助供养、临时救助相关文件", "《社会救助暂行办法》（国务院令第649号）", Civil10, "县级民政部门、乡镇人民政府", GovernmentWebsite | ServiceCentre | NoticeBoard, Both),
            Row("综合业务", "监督检查", "社会救助信访通讯地址、投诉举报电话", "《社会救助暂行办法》（国务院令第649号）", Civil10, "县级民政部门、乡镇人民政府", GovernmentWebsite | ServiceCentre | NoticeBoard, Both),
            Row("最低生活保障", "办事指南", "●办理事项 ●办理条件 ●最低生活保障标准 ●申请材料 ●办理流程 ●办理时间、地点 ●联系方式", "《社会救助暂行办法》（国务院令第649号）；国发〔2012〕45号；民发〔2012〕220号", Civil10, "县级民政部门、乡镇人民政府", GovernmentWebsite | ServiceCentre | NoticeBoard, Both),
            Row("最低生活保障", "审核信息", "初审对象名单及相关信息", "《社会救助暂行办法》（国务院令第649号）；民发〔2012〕220号", "制定或获取信息之日起10个工作日内，公示7个工作日", "乡镇人民政府", GovernmentWebsite | NoticeBoard, Township),
            Row("最低生活保障", "审批信息", "低保对象名单及相关信息", "《社会救助暂行办法》（国务院令第649号）；民发〔2012〕220号", Civil10, "县级民政部门", GovernmentWebsite | NoticeBoard, County),
            Row("特困人员救助供养", "办事指南", "●办理事项 ●办理条件 ●救助供养标准 ●申请材料 ●办理流程 ●办理时间、地点 ●联系方式", "《社会救助暂行办法》（国务院令第649号）第十四条至第十九条；国发〔2016〕14号；民发〔2016〕178号", Civil10, "县级民政部门、乡镇人民政府", GovernmentWebsite | ServiceCentre | NoticeBoard, Both),
            Row("特困人员救助供养", "审核信息", "初审对象名单及相关信息（含终止供养名单）", "《社会救助暂行办法》（国务院令第649号）第十四条至第十九条；国发〔2016〕14号；民发〔2016〕178号", "制定或获取信息之日起10个工作日内，公示7个工作日", "乡镇人民政府", GovernmentWebsite | NoticeBoard, Township),
            Row("特困人员救助供养", "审批信息", "特困人员名单及相关信息", "《社会救助暂行办法》（国务院令第649号）第十四条至第十九条；国发〔2016〕14号；民发〔2016〕178号", Civil10, "县级民政部门", GovernmentWebsite | NoticeBoard, County),
            Row("临时救助", "办事指南", "●办理事项 ●办理条件 ●救助标准 ●申请材料 ●办理流程 ●办理时间、地点 ●联系方式", "《社会救助暂行办法》（国务院令第649号）第四十七条至第五十条；国发〔2014〕47号；民发〔2018〕23号", Civil10, "县级民政部门、乡镇人民政府", GovernmentWebsite | ServiceCentre | NoticeBoard, Both),
            Row("临时救助", "审核审批信息", "救助对象名单及相关信息", "《社会救助暂行办法》（国务院令第649号）第四十七条至第五十条；国发〔2014〕47号；民发〔2018〕23号", Civil10, "县级民政部门、乡镇人民政府", GovernmentWebsite | NoticeBoard, Both),
        ]),
        ["ylfw"] = ("依据民政部办公厅《社会救助和养老服务领域基层政务公开标准指引》（民办函〔2019〕52号）之养老服务部分，参照凤庆县已发布的乡级目录整理。",
        [
            Row("养老服务业务办理", "养老机构备案", "备案申请材料清单及样式、备案流程、办理部门、办理时限、办理时间地点、咨询电话", "《养老机构管理办法》（民政部令第66号）", "制定或获取备案政策之日起10个工作日内", "县级民政部门、乡镇人民政府", GovernmentWebsite | ServiceCentre, Both),
            Row("养老服务业务办理", "养老服务扶持补贴", "补贴名称（建设补贴、运营补贴等）、依据、对象、申请条件、内容和标准、方式、申请材料、流程、部门、时限、地点、咨询电话", Regulation, "制定或获取扶持补贴政策之日起10个工作日内", "县级民政部门、乡镇人民政府", GovernmentWebsite | ServiceCentre, Both),
            Row("养老服务业务办理", "老年人补贴", "补贴名称（高龄津贴、养老服务补贴、护理补贴等）、依据、对象、内容和标准、方式、申请材料、流程、部门、时限、地点、咨询电话", Regulation, "制定或获取补贴政策之日起10个工作日内", "县级民政部门、乡镇人民政府", GovernmentWebsite | ServiceCentre | NoticeBoard, Both),
        ]),
        ["snbt"] = ("依据农业农村部、财政部《涉农补贴领域基层政务公开标准指引》，参照铁力市、山西方山县已发布的目录整理。",
        [
            Row("农业生产发展资金", "农机购置补贴", "●政策依据 ●申请指南（补贴对象、补贴范围、补贴标准、申请程序、申请材料、咨询电话、受理单位、办理时限、联系方式等）●补贴结果 ●监督渠道（举报电话、地址等）", Regulation, Standard20Full, "县级农业农村部门", GovernmentWebsite | ServiceCentre, County),
            Row("农业生产发展资金", "耕地地力保护", "●政策依据 ●申请指南 ●补贴结果 ●监督渠道", Regulation, Standard20Full, "县级农业农村、财政部门；乡镇人民政府", GovernmentWebsite | NoticeBoard, Both),
            Row("农业生产发展资金", "新型职业农民培育", "●政策依据 ●申请指南 ●补贴结果 ●监督渠道", Regulation, Standard20Full, "县级农业农村部门", GovernmentWebsite, County),
            Row("农业生产发展资金", "支持新型农业经营主体", "●政策依据 ●申请指南 ●补贴结果 ●监督渠道", Regulation, Standard20Full, "县级农业农村部门", GovernmentWebsite, County),
        ]),
        ["czyjs"] = ("依据财政部《财政预决算领域基层政务公开标准指引》及《预算法》、财预〔2016〕143号《地方预决算公开操作规程》、财预〔2018〕209号。",
        [
            Row("财政预决算", "政府预算", "一般公共预算收支表、支出明细（功能/经济分类）；政府性基金预算；“三公”经费预算总额及分项；没有数据的表格应列空表并说明", "《中华人民共和国预算法》；财预〔2016〕143号", "本级人民代表大会或其常务委员会批准后20日内", "县级财政部门；乡镇人民政府", GovernmentWebsite, Both),
            Row("财政预决算", "政府决算", "一般公共预算收支决算表、政府性基金决算；“三公”经费决算；没有数据的表格应列空表并说明", "《中华人民共和国预算法》；财预〔2016〕143号", "本级人民代表大会或其常务委员会批准后20日内", "县级财政部门；乡镇人民政府", GovernmentWebsite, Both),
            Row("财政预决算", "部门预算", "部门职责、机构设置、收支情况、“三公”经费、机关运行经费、政府采购等说明", "《中华人民共和国预算法》；财预〔2016〕143号", "本级政府财政部门批复后20日内", "各政府部门及乡镇", GovernmentWebsite, Both),
            Row("财政预决算", "部门决算", "部门职责、机构设置、收支决算情况、“三公”经费、机关运行经费、政府采购等说明", "《中华人民共和国预算法》；财预〔2016〕143号", "本级政府财政部门批复后20日内", "各政府部门及乡镇", GovernmentWebsite, Both),
        ]),
        ["hjgl"] = ("依据公安部办公厅《户籍管理领域基层政务公开标准指引》。",
        [
            Row("出生登记", "出生登记", "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准", "《中华人民共和国户口登记条例》", "形成或者变更之日起20个工作日内予以公开", "县级公安机关、派出所", GovernmentWebsite | OnSite, County),
            Row("收养、入籍等登记", "收养登记（入籍登记等）", "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准", "《中华人民共和国户口登记条例》", "形成或者变更之日起20个工作日内予以公开", "县级公安机关、派出所", GovernmentWebsite | OnSite, County),
            Row("注销登记", "死亡注销；服现役注销", "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准", "《中华人民共和国户口登记条例》", "形成或者变更之日起20个工作日内予以公开", "县级公安机关、派出所", GovernmentWebsite | OnSite, County),
            Row("迁移登记", "迁出、迁入登记", "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准", "《中华人民共和国户口登记条例》", "形成或者变更之日起20个工作日内予以公开", "县级公安机关、派出所", GovernmentWebsite | OnSite, County),
            Row("户口登记项目变更更正", "姓名变更、更正等", "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准", "《中华人民共和国户口登记条例》", "形成或者变更之日起20个工作日内予以公开", "县级公安机关、派出所", GovernmentWebsite | OnSite, County),
        ]),
        ["zdjsxm"] = ("依据国家发展改革委《重大建设项目领域基层政务公开标准指引》，参照赛罕区、宿迁湖滨新区、通海县已发布的目录整理。",
        [
            Row("批准服务信息", "申报要求及办事指南", "申报材料清单、批准流程、办理时限、受理机构联系方式、申报要求", Regulation, "实时公开", "县级发展改革、行政审批部门", GovernmentWebsite | ServiceCentre | Other, County),
            Row("批准服务信息", "办理过程信息", "项目办理进度、办理结果", Regulation, "及时公开", "县级发展改革、行政审批部门", GovernmentWebsite | Other, County),
            Row("招标投标信息", "招标公告及结果", "招标公告、中标候选人公示、中标结果公示、合同订立及备案、违法处罚", Regulation, Standard20, "项目单位、县级行政监督部门", GovernmentWebsite | Other, County),
            Row("征收土地信息", "征地公告", "征地告知书、征收土地方案、征地公告、征地补偿安置方案公告", "《中华人民共和国土地管理法》", "信息形成之日起20个工作日内", "县级人民政府、乡镇人民政府", GovernmentWebsite | NoticeBoard, Both),
        ]),
        ["ggzyjy"] = ("依据国家发展改革委《公共资源交易领域基层政务公开标准指引》，参照金乡县、宿迁湖滨新区已发布的目录整理。",
        [
            Row("政府采购信息", "法律法规及政策文件", "政府采购法律法规、规章及规范性文件", "《中华人民共和国政府采购法》", Standard20, "县级财政部门、公共资源交易中心", GovernmentWebsite | Other, County),
            Row("政府采购信息", "招标公告", "采购人及代理机构名称、地址和联系方法；项目名称、预算金额或最高限价；采购需求；资格要求；获取招标文件的时间、地点、方式及售价；公告期限（5个工作日）；投标截止时间、开标时间及地点；联系人", "《中华人民共和国政府采购法实施条例》", "及时公开", "采购人、采购代理机构", GovernmentWebsite | Other, Both),
            Row("工程建设项目招标投标信息", "审批核准信息及资格预审公告", "项目审批核准信息、资格预审公告、招标公告、中标候选人公示、中标结果公示", "《中华人民共和国招标投标法》", "及时公开", "招标人、县级行政监督部门", GovernmentWebsite | Other, County),
        ]),
    };

    /// <summary>The template of one pilot area: its rows and where they come from (every area has real rows).</summary>
    public static (string Note, IReadOnlyList<CatalogueItemContent> Rows) For(string areaSlug)
    {
        if (Real.TryGetValue(areaSlug, out var real) || Guidelines.TryGetValue(areaSlug, out real))
        {
            return (real.Note, real.Rows);
        }

        throw new InvalidOperationException($"No guideline rows for pilot area '{areaSlug}'.");
    }

    public static IReadOnlyCollection<string> Areas => [.. Real.Keys, .. Guidelines.Keys];

    private static CatalogueItemContent Row(
        string level1, string level2, string content, string basis, string timeLimit, string subject,
        DisclosureChannels channels, DisclosureLevels levels) =>
        new(level1, level2, null, content, basis, timeLimit, subject, channels, DisclosureAudience.Public,
            CatalogueDisclosureMode.Proactive, levels);
}
