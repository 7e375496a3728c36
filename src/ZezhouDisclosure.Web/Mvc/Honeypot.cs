namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// A field people never see or fill (hidden by CSS and from assistive technology, skipped by the keyboard) that
/// simple spam robots fill in. A public form renders <c>&lt;partial name="_Honeypot" /&gt;</c> and its action asks
/// <see cref="IsTripped"/> before sending the command; nothing of a tripped post is stored (the 留言 forms answer with
/// a 400 and <see cref="Refusal"/>, the 征求意见 comment form with its usual "sent" page).
/// </summary>
public static class Honeypot
{
    public const string FieldName = "website";

    public const string Refusal = "提交未成功：表单中有不应填写的内容。如您是正常填写，请刷新页面后重新提交。";

    public static bool IsTripped(HttpRequest request) =>
        request.HasFormContentType && !string.IsNullOrEmpty(request.Form[FieldName].ToString());
}
