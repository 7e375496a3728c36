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
    }

    public static class Audit
    {
        public const string View = "audit.view";
    }

    public static class Accounts
    {
        public const string Manage = "accounts.manage";
    }

    public static class ReferenceData
    {
        public const string Manage = "reference-data.manage";
    }
}
