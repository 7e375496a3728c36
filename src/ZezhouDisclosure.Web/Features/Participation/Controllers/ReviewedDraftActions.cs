using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Participation.Controllers;

/// <summary>
/// A review form's answer as the 公众参与 review forms post it (<c>version</c>, <c>decision</c> = approve or return,
/// <c>comment</c>): 征求意见 and its feedback, the unit's sign-off, 参与事项目录.
/// </summary>
public sealed record ReviewDecision(int Version, string? Decision, string? Comment)
{
    public bool Approve => Decision == "approve";

    /// <summary>The flash message of the decision taken.</summary>
    public string Message(string approved, string returned = "已退回。") => Approve ? approved : returned;
}

/// <summary>
/// What the back-office controllers of the reviewed 公众参与 records (征求意见, 参与事项目录) share: the messages of the
/// 保存 / 提交审核 buttons and the way back to the record's page with a message.
/// </summary>
internal static class ReviewedDraftActions
{
    public static bool IsSubmit(string? intent) => intent == "submit";

    /// <summary>The flash message of a saved draft: submitted, newly created, or saved again.</summary>
    public static string SavedMessage(string? intent, bool created) =>
        IsSubmit(intent) ? "已保存并提交审核。" : created ? "已保存草稿。" : "已保存。";

    /// <summary>Post/Redirect/Get to the record's back-office page, with a message (and a section to scroll to).</summary>
    public static RedirectToActionResult BackToDetails(this Controller controller, int id, string message, string? fragment = null)
    {
        controller.Flash(message);
        return controller.RedirectToAction("Details", null, new { id }, fragment);
    }
}
