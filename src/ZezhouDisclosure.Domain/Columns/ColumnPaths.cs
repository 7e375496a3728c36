using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.Columns;

/// <summary>
/// Paths of the seeded columns that code refers to by meaning (docs/glossary.md, "Portal structure"). Columns are data and
/// administrators may add more, but these paths are fixed: they are URLs and are seeded by
/// <c>ReferenceData.Columns</c> (a test checks that every constant here is seeded).
/// </summary>
public static class ColumnPaths
{
    /// <summary>政府信息公开（专栏根栏目）: <c>xxgk</c>.</summary>
    public const string Disclosure = "xxgk";

    /// <summary>政府信息公开指南: <c>xxgk/zn</c>.</summary>
    public const string Guide = Disclosure + "/zn";

    /// <summary>政府信息公开制度: <c>xxgk/zd</c>.</summary>
    public const string Rules = Disclosure + "/zd";

    /// <summary>法定主动公开内容: <c>xxgk/fdzdgknr</c>.</summary>
    public const string Statutory = Disclosure + "/fdzdgknr";

    /// <summary>行政法规、规章和规范性文件（条例第二十条第（一）项）: <c>xxgk/fdzdgknr/gfxwj</c>.</summary>
    public const string StatutoryRegulations = Statutory + "/gfxwj";

    /// <summary>机关职能（第二十条第（二）项）: <c>xxgk/fdzdgknr/jgzn</c>.</summary>
    public const string StatutoryFunctions = Statutory + "/jgzn";

    /// <summary>规划信息（第二十条第（三）项）: <c>xxgk/fdzdgknr/ghjh</c>.</summary>
    public const string StatutoryPlans = Statutory + "/ghjh";

    /// <summary>统计信息（第二十条第（四）项）: <c>xxgk/fdzdgknr/tjxx</c>.</summary>
    public const string StatutoryStatistics = Statutory + "/tjxx";

    /// <summary>行政许可和对外管理服务（第二十条第（五）项）: <c>xxgk/fdzdgknr/xzxk</c>.</summary>
    public const string StatutoryLicensing = Statutory + "/xzxk";

    /// <summary>行政处罚和行政强制（第二十条第（六）项）: <c>xxgk/fdzdgknr/xzcf</c>.</summary>
    public const string StatutoryPenalties = Statutory + "/xzcf";

    /// <summary>财政预算、决算（第二十条第（七）项）: <c>xxgk/fdzdgknr/czyjs</c>.</summary>
    public const string StatutoryBudgets = Statutory + "/czyjs";

    /// <summary>行政事业性收费（第二十条第（八）项）: <c>xxgk/fdzdgknr/xzsf</c>.</summary>
    public const string StatutoryFees = Statutory + "/xzsf";

    /// <summary>政府集中采购（第二十条第（九）项）: <c>xxgk/fdzdgknr/zfcg</c>.</summary>
    public const string StatutoryProcurement = Statutory + "/zfcg";

    /// <summary>重大建设项目（第二十条第（十）项）: <c>xxgk/fdzdgknr/zdjsxm</c>.</summary>
    public const string StatutoryMajorProjects = Statutory + "/zdjsxm";

    /// <summary>扶贫、教育、医疗、社会保障、促进就业（第二十条第（十一）项）: <c>xxgk/fdzdgknr/msbz</c>.</summary>
    public const string StatutoryLivelihood = Statutory + "/msbz";

    /// <summary>突发公共事件应对（第二十条第（十二）项）: <c>xxgk/fdzdgknr/yjgl</c>.</summary>
    public const string StatutoryEmergencies = Statutory + "/yjgl";

    /// <summary>监督检查（第二十条第（十三）项）: <c>xxgk/fdzdgknr/jdjc</c>.</summary>
    public const string StatutoryInspections = Statutory + "/jdjc";

    /// <summary>公务员招考（第二十条第（十四）项）: <c>xxgk/fdzdgknr/gwyzk</c>.</summary>
    public const string StatutoryCivilServiceRecruitment = Statutory + "/gwyzk";

    /// <summary>其他应当主动公开的信息（第二十条第（十五）项）: <c>xxgk/fdzdgknr/qtxx</c>.</summary>
    public const string StatutoryOther = Statutory + "/qtxx";

    /// <summary>县级政府及部门重点事项（第二十一条）: <c>xxgk/fdzdgknr/xjsx</c>.</summary>
    public const string CountyKeyMatters = Statutory + "/xjsx";

    /// <summary>县级：市政建设: <c>xxgk/fdzdgknr/xjsx/szjs</c>.</summary>
    public const string CountyMunicipalConstruction = CountyKeyMatters + "/szjs";

    /// <summary>县级：公共服务: <c>xxgk/fdzdgknr/xjsx/ggfw</c>.</summary>
    public const string CountyPublicServices = CountyKeyMatters + "/ggfw";

    /// <summary>县级：公益事业: <c>xxgk/fdzdgknr/xjsx/gysy</c>.</summary>
    public const string CountyPublicWelfare = CountyKeyMatters + "/gysy";

    /// <summary>县级：土地征收: <c>xxgk/fdzdgknr/xjsx/tdzs</c>.</summary>
    public const string CountyLandExpropriation = CountyKeyMatters + "/tdzs";

    /// <summary>县级：房屋征收: <c>xxgk/fdzdgknr/xjsx/fwzs</c>.</summary>
    public const string CountyHousingExpropriation = CountyKeyMatters + "/fwzs";

    /// <summary>县级：治安管理: <c>xxgk/fdzdgknr/xjsx/zagl</c>.</summary>
    public const string CountyPublicSecurity = CountyKeyMatters + "/zagl";

    /// <summary>县级：社会救助: <c>xxgk/fdzdgknr/xjsx/shjz</c>.</summary>
    public const string CountySocialAssistance = CountyKeyMatters + "/shjz";

    /// <summary>乡镇重点事项（第二十一条）: <c>xxgk/fdzdgknr/xzsx</c>.</summary>
    public const string TownshipKeyMatters = Statutory + "/xzsx";

    /// <summary>乡镇：农业农村政策: <c>xxgk/fdzdgknr/xzsx/nyzc</c>.</summary>
    public const string TownshipAgriculturePolicy = TownshipKeyMatters + "/nyzc";

    /// <summary>乡镇：农田水利工程建设运营: <c>xxgk/fdzdgknr/xzsx/ntsl</c>.</summary>
    public const string TownshipIrrigationWorks = TownshipKeyMatters + "/ntsl";

    /// <summary>乡镇：农村土地承包经营权流转: <c>xxgk/fdzdgknr/xzsx/tdlz</c>.</summary>
    public const string TownshipLandTransfer = TownshipKeyMatters + "/tdlz";

    /// <summary>乡镇：宅基地使用情况审核: <c>xxgk/fdzdgknr/xzsx/zjd</c>.</summary>
    public const string TownshipHomesteads = TownshipKeyMatters + "/zjd";

    /// <summary>乡镇：土地征收: <c>xxgk/fdzdgknr/xzsx/tdzs</c>.</summary>
    public const string TownshipLandExpropriation = TownshipKeyMatters + "/tdzs";

    /// <summary>乡镇：房屋征收: <c>xxgk/fdzdgknr/xzsx/fwzs</c>.</summary>
    public const string TownshipHousingExpropriation = TownshipKeyMatters + "/fwzs";

    /// <summary>乡镇：筹资筹劳: <c>xxgk/fdzdgknr/xzsx/cccl</c>.</summary>
    public const string TownshipFundAndLabourRaising = TownshipKeyMatters + "/cccl";

    /// <summary>乡镇：社会救助: <c>xxgk/fdzdgknr/xzsx/shjz</c>.</summary>
    public const string TownshipSocialAssistance = TownshipKeyMatters + "/shjz";

    /// <summary>政府信息公开工作年度报告: <c>xxgk/nb</c>.</summary>
    public const string AnnualReports = Disclosure + "/nb";

    /// <summary>依申请公开: <c>xxgk/ysqgk</c>.</summary>
    public const string OnRequest = Disclosure + "/ysqgk";

    /// <summary>政策文件: <c>xxgk/zcwj</c>.</summary>
    public const string PolicyDocuments = Disclosure + "/zcwj";

    /// <summary>政策解读: <c>xxgk/zcjd</c>.</summary>
    public const string PolicyInterpretations = Disclosure + "/zcjd";

    /// <summary>基层政务公开: <c>jczwgk</c>.</summary>
    public const string Grassroots = "jczwgk";

    /// <summary>
    /// Whether the column at <paramref name="path"/> is part of an organisation's own share of the tree. 条例第二十一条
    /// gives county governments and their departments one list of key matters and 乡（镇）人民政府 another: a township
    /// shows only <see cref="TownshipKeyMatters"/>, everyone else only <see cref="CountyKeyMatters"/>.
    /// </summary>
    public static bool AppliesTo(string path, OrganisationKind kind) =>
        kind == OrganisationKind.Township ? !IsWithin(path, CountyKeyMatters) : !IsWithin(path, TownshipKeyMatters);

    private static bool IsWithin(string path, string branch) =>
        path == branch || path.StartsWith(branch + "/", StringComparison.Ordinal);

    /// <summary>Every path above, for checks against the seeded tree.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Disclosure,
        Guide,
        Rules,
        Statutory,
        StatutoryRegulations,
        StatutoryFunctions,
        StatutoryPlans,
        StatutoryStatistics,
        StatutoryLicensing,
        StatutoryPenalties,
        StatutoryBudgets,
        StatutoryFees,
        StatutoryProcurement,
        StatutoryMajorProjects,
        StatutoryLivelihood,
        StatutoryEmergencies,
        StatutoryInspections,
        StatutoryCivilServiceRecruitment,
        StatutoryOther,
        CountyKeyMatters,
        CountyMunicipalConstruction,
        CountyPublicServices,
        CountyPublicWelfare,
        CountyLandExpropriation,
        CountyHousingExpropriation,
        CountyPublicSecurity,
        CountySocialAssistance,
        TownshipKeyMatters,
        TownshipAgriculturePolicy,
        TownshipIrrigationWorks,
        TownshipLandTransfer,
        TownshipHomesteads,
        TownshipLandExpropriation,
        TownshipHousingExpropriation,
        TownshipFundAndLabourRaising,
        TownshipSocialAssistance,
        AnnualReports,
        OnRequest,
        PolicyDocuments,
        PolicyInterpretations,
        Grassroots,
    ];
}
