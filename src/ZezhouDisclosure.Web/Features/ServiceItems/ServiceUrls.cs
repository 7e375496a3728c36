namespace ZezhouDisclosure.Web.Features.ServiceItems;

/// <summary>Public addresses of 在线办事 (bs = 办事, sx = 事项, gzd = 告知单, fj = 附件, xmt = 新媒体).</summary>
public static class ServiceUrls
{
    public const string Index = "/bs";

    public const string NewMedia = "/bs/xmt";

    public static string Item(int id) => $"/bs/sx/{id}";

    public static string Print(int id) => $"/bs/sx/{id}/gzd";

    public static string File(int itemId, int fileId) => $"/bs/sx/{itemId}/fj/{fileId}";

    public static string ByLifeEvent(string code) => $"/bs?rs={Uri.EscapeDataString(code)}";

    public static string ByTheme(string code) => $"/bs?zt={Uri.EscapeDataString(code)}";

    public static string ByUnit(string slug) => $"/bs?dw={Uri.EscapeDataString(slug)}";
}
