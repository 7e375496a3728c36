namespace ZezhouDisclosure.Web.Mvc;

/// <summary>长辈版: a first-party cookie (no personal data) that switches the layout to large type and one column.</summary>
public static class ElderMode
{
    public const string CookieName = "zd-elder";

    public static bool IsOn(HttpContext context) => context.Request.Cookies[CookieName] == "1";
}
