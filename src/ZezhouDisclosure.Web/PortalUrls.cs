namespace ZezhouDisclosure.Web;

/// <summary>
/// The one builder of public URLs (the portal's URL scheme follows the county site's pinyin abbreviations: xxgk =
/// 信息公开, jg = 机构, jczwgk = 基层政务公开, xz = 乡镇, ly = 领域, bzml = 标准目录). Views, feeds, the sitemap and
/// the API link through it, so an address is spelt in one place.
/// </summary>
public static class PortalUrls
{
    public const string Home = "/";
    public const string Disclosure = "/xxgk";
    public const string Organisations = "/xxgk/jg";
    public const string Grassroots = "/jczwgk";
    public const string Requests = "/xxgk/ysqgk";
    public const string RequestForm = "/xxgk/ysqgk/apply";
    public const string RequestQuery = "/xxgk/ysqgk/query";
    public const string Search = "/search";

    /// <summary>互动交流 (hdjl): the entry, the 留言 form, the 找错 form and the answer query.</summary>
    public const string Interactions = "/hdjl";
    public const string MessageForm = "/hdjl/ly";
    public const string ErrorReport = "/hdjl/zc";
    public const string MessageQuery = "/hdjl/query";

    /// <summary>One published 留言答复 (<see cref="Application.Interactions.InteractionLinks"/> builds the same path).</summary>
    public static string PublishedAnswer(string number) => Application.Interactions.InteractionLinks.PublishedAnswer(number);

    /// <summary>The 留言 form with a unit preselected (from the unit's page).</summary>
    public static string MessageFormFor(int organisationId) => $"/hdjl/ly?unit={organisationId}";

    /// <summary>The 找错 form with the page it was reached from prefilled (the footer link; works without script).</summary>
    public static string ErrorReportFor(string pathAndQuery) => $"/hdjl/zc?url={Uri.EscapeDataString(pathAndQuery)}";
    public const string SiteMap = "/sitemap";

    private const string DisclosurePrefix = "xxgk/";

    /// <summary>The county-wide 政府信息公开目录 (every published document, 条例第十二条).</summary>
    public const string DisclosureCatalogue = "/xxgk/ml";

    public static string Document(int id) => $"/xxgk/doc/{id}";

    public static string Attachment(int documentId, int attachmentId) => $"/xxgk/doc/{documentId}/fj/{attachmentId}";

    public static string Organisation(string slug) => $"/xxgk/jg/{slug}";

    /// <summary>An organisation's 政府信息公开目录 (every document it published).</summary>
    public static string OrganisationCatalogue(string slug) => $"/xxgk/jg/{slug}/ml";

    /// <summary>
    /// A column: county-wide at its own path (<c>/xxgk/zcwj</c>), or one organisation's share of it
    /// (<c>/xxgk/jg/{slug}/zcwj</c>). Column paths of the 政府信息公开 tree start with <c>xxgk/</c>.
    /// </summary>
    public static string Column(string path, string? organisationSlug = null) =>
        organisationSlug is null
            ? "/" + path
            : $"/xxgk/jg/{organisationSlug}/{(path.StartsWith(DisclosurePrefix, StringComparison.Ordinal) ? path[DisclosurePrefix.Length..] : path)}";

    public static string Township(string slug) => $"/jczwgk/xz/{slug}";

    public static string PilotArea(string slug) => $"/jczwgk/ly/{slug}";

    /// <summary>A township's published 标准目录 (optionally an earlier version).</summary>
    public static string TownshipCatalogue(string slug) => $"/jczwgk/xz/{slug}/bzml";

    /// <summary>
    /// The anchor of a row in the full 标准目录 table; the row's own page is
    /// <see cref="Application.Search.SearchItems.CatalogueItemUrl"/> (the id is the township's working row, stable
    /// across versions).
    /// </summary>
    /// <summary>One area's page of a township catalogue (the pilot area's slug, or gxsx for the common items).</summary>
    public static string TownshipCatalogueArea(string slug, string areaKey) => $"/jczwgk/xz/{slug}/bzml/ly/{areaKey}";

    public static string TownshipCatalogueRowAnchor(int itemId) => $"sx-{itemId}";

    public static string TownshipCatalogueWorkbook(string slug) => $"/jczwgk/xz/{slug}/bzml.xlsx";

    public static string TownshipCatalogueDiff(string slug) => $"/jczwgk/xz/{slug}/bzml/bj";

    public static string SearchFor(string query) => $"{Search}?q={Uri.EscapeDataString(query)}";

    /// <summary>An organisation's 政府信息公开指南.</summary>
    public static string OrganisationGuide(string slug) => $"/xxgk/jg/{slug}/zn";

    /// <summary>The 联系我们 page.</summary>
    public const string Contact = "/site/contact";
}
