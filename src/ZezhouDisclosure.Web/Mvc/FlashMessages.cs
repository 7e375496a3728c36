using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// The one-line confirmation shown on the page after a Post/Redirect/Get ("已提交审核。"): set by the action, read
/// once by the layouts (role=status, so a screen reader announces it).
/// </summary>
public static class FlashMessages
{
    public const string Key = "Flash";

    public static void Flash(this Controller controller, string message) => controller.TempData[Key] = message;

    public static string? TakeFlash(this ITempDataDictionary tempData) => tempData[Key] as string;
}
