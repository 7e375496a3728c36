namespace ZezhouDisclosure.Application.Common.Security;

/// <summary>
/// Named permissions: what a signed-in user may do, independent of how roles are cut. Controllers, the back-office
/// menu and handlers ask for a permission; <see cref="RolePermissions"/> maps roles to permissions in one place.
/// A new capability adds its nested class here and grants its permissions to roles there.
/// </summary>
public static class Permissions
{
    /// <summary>Any staff account (the 工作台 itself, its dashboard, shared reference pages).</summary>
    public const string Workspace = "workspace.use";

    public static class Documents
    {
        /// <summary>Read the organisation's (or, county-wide, every) document in the back-office.</summary>
        public const string View = "documents.view";

        /// <summary>信息员: write, edit, submit, attach files to and restore revisions of the organisation's documents.</summary>
        public const string Draft = "documents.draft";

        /// <summary>
        /// 单位负责人: sign the own organisation's submissions off (pass on to the county office, or return), when the
        /// organisation requires the unit's own step.
        /// </summary>
        public const string ApproveInUnit = "documents.approve-in-unit";

        /// <summary>县政务公开办: approve or return submissions, 补审 urgent publications, withdraw, acknowledge filings.</summary>
        public const string Review = "documents.review";

        /// <summary>The recycle bin (回收站): see and restore deleted documents county-wide.</summary>
        public const string RecycleBin = "documents.recycle-bin";
    }

    public static class Requests
    {
        /// <summary>The 依申请公开 to-do list, case pages, notices and figures (own organisation or county-wide).</summary>
        public const string View = "requests.view";

        /// <summary>See every organisation's cases and figures (county office and administrators), with the organisation filter.</summary>
        public const string ViewCountyWide = "requests.view-county-wide";

        /// <summary>Register applications received by letter, in person or fax; take in a transfer (转办).</summary>
        public const string Register = "requests.register";
    }

    public static class Interactions
    {
        /// <summary>The 留言/找错 cases of one's own unit (clerks) or county-wide (county office, administrators).</summary>
        public const string View = "interactions.view";

        /// <summary>县政务公开办: triage (accept, route, merge, reject), transfer, review answers for publication.</summary>
        public const string Triage = "interactions.triage";

        /// <summary>Answer a case the unit holds; see the citizen's contact details with an audited reveal.</summary>
        public const string Answer = "interactions.answer";
    }

    public static class Sentiment
    {
        /// <summary>The 政务舆情 register: cases, timelines, clocks and the on-call list (county office).</summary>
        public const string Manage = "sentiment.manage";

        /// <summary>联络人/承办人 of a responsible unit: see their unit's cases and record the 核实反馈.</summary>
        public const string Feedback = "sentiment.feedback";
    }

    public static class Participation
    {
        /// <summary>公众参与 in the back-office: the unit's (or, county-wide, every) 征求意见 with comments and feedback.</summary>
        public const string View = "participation.view";

        /// <summary>信息员: write and submit 征求意见, moderate comments, write the 反馈 / 采纳情况, link the decision.</summary>
        public const string Edit = "participation.edit";

        /// <summary>单位负责人: sign the unit's 征求意见 off before the county office, when the unit requires it.</summary>
        public const string ApproveInUnit = "participation.approve-in-unit";

        /// <summary>县政务公开办: publish or return 征求意见 and their feedback.</summary>
        public const string Review = "participation.review";
    }

    public static class Catalogues
    {
        /// <summary>Read the 标准指引 (templates of the 26 pilot areas).</summary>
        public const string ViewTemplates = "catalogues.view-templates";

        /// <summary>Change rows of a 标准指引 (a clerk; the handler checks the clerk's department is the area's responsible unit).</summary>
        public const string MaintainTemplates = "catalogues.maintain-templates";

        /// <summary>A township clerk compiles, imports and submits the township's 标准目录.</summary>
        public const string Compile = "catalogues.compile";

        /// <summary>县政务公开办 reviews submitted catalogues.</summary>
        public const string Review = "catalogues.review";

        /// <summary>Coverage and timeliness of catalogue items (own township, or county-wide).</summary>
        public const string Coverage = "catalogues.coverage";
    }

    public static class ServiceItems
    {
        /// <summary>Read the organisation's (or, county-wide, every) 政务服务事项 in the back-office.</summary>
        public const string View = "service-items.view";

        /// <summary>信息员: write, revise, submit and attach blank forms to the organisation's 办事指南.</summary>
        public const string Draft = "service-items.draft";

        /// <summary>单位负责人: sign the own organisation's submissions off.</summary>
        public const string ApproveInUnit = "service-items.approve-in-unit";

        /// <summary>县政务公开办: approve (publish) or return submissions.</summary>
        public const string Review = "service-items.review";
    }

    public static class NewMedia
    {
        /// <summary>Read the 政务新媒体 registry and its checks (own organisation, or county-wide).</summary>
        public const string View = "new-media.view";

        /// <summary>信息员: register, change and close the organisation's accounts.</summary>
        public const string Manage = "new-media.manage";

        /// <summary>Record a monthly check (the unit's own, or the county office's for any unit).</summary>
        public const string Check = "new-media.check";
    }

    public static class Calendar
    {
        public const string View = "calendar.view";

        /// <summary>Enter a year's holiday notice (节假日安排).</summary>
        public const string Edit = "calendar.edit";
    }

    public static class Oversight
    {
        /// <summary>A unit's own 监测 findings and 整改 (its staff), or every unit's (with <see cref="ViewCountyWide"/>).</summary>
        public const string View = "oversight.view";

        /// <summary>县政务公开办: every unit's findings, the heat table and the 月度自查报告 of the county.</summary>
        public const string ViewCountyWide = "oversight.view-county-wide";

        /// <summary>县政务公开办: run the inspector, 通报 findings for 整改, set “不涉及” marks.</summary>
        public const string Manage = "oversight.manage";

        /// <summary>信息员: record the unit's 整改 and mark it done.</summary>
        public const string Rectify = "oversight.rectify";

        /// <summary>县政务公开办: the annual 考核 (define indicators, enter manual values, compute, approve, new versions).</summary>
        public const string Assess = "oversight.assess";
    }

    public static class Audit
    {
        public const string View = "audit.view";
    }

    public static class Accounts
    {
        public const string Manage = "accounts.manage";
    }

    public static class AnnualReports
    {
        /// <summary>The 年度报告 pages in the back-office (own unit's, or county-wide with the units × years table).</summary>
        public const string View = "annual-reports.view";

        /// <summary>信息员: draft, save, submit and correct the own unit's report; record 行政复议/行政诉讼 cases.</summary>
        public const string Draft = "annual-reports.draft";

        /// <summary>单位负责人: sign the own unit's report off or return it.</summary>
        public const string ApproveInUnit = "annual-reports.approve-in-unit";

        /// <summary>县政务公开办: approve and publish, or return.</summary>
        public const string Review = "annual-reports.review";
    }

    public static class ReferenceData
    {
        public const string Manage = "reference-data.manage";
    }

    public static class Organisations
    {
        /// <summary>管理员 / 县政务公开办: add, rename, merge and retire units (公开主体).</summary>
        public const string Manage = "organisations.manage";
    }

    public static class Villages
    {
        /// <summary>
        /// 村（居）务公开: write and submit postings for a village in the user's scope (a village's 信息员, or the township
        /// clerk acting for its villages).
        /// </summary>
        public const string Write = "villages.write";

        /// <summary>The township reviews its villages' postings (the handler checks the reviewer is the village's township).</summary>
        public const string Review = "villages.review";

        /// <summary>The township clerk imports and adds its villages and adapts their 公开事项清单.</summary>
        public const string Manage = "villages.manage";
    }
}
