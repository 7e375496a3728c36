using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Web.Features.Requests.Controllers;

namespace ZezhouDisclosure.Web.Features.Requests.Components;

/// <summary>
/// The list of 告知书 available for a case, for the case page:
/// <c>@await Component.InvokeAsync("RequestNotices", new { requestId = Model.Request.Id })</c>.
/// </summary>
public sealed class RequestNoticesViewComponent(ISender sender) : ViewComponent
{
    private const string Controller = "RequestNotices";

    public async Task<IViewComponentResult> InvokeAsync(int requestId)
    {
        var notices = await sender.Send(new ListRequestNoticesQuery(requestId));
        return View(new RequestNoticesModel(requestId, [.. notices.Select(notice => new NoticeLink(
            notice,
            UrlOf(nameof(RequestNoticesController.Show), requestId, notice),
            UrlOf(nameof(RequestNoticesController.Docx), requestId, notice)))]));
    }

    private string UrlOf(string action, int requestId, AvailableNotice notice) =>
        Url.Action(action, Controller, new { area = "Admin", id = requestId, kind = NoticeText.Slug(notice.Kind), consultation = notice.ConsultationId })
        ?? throw new InvalidOperationException($"No route to {Controller}.{action}.");
}

/// <param name="Notice">A notice the case supports now.</param>
/// <param name="Url">The printable page.</param>
/// <param name="DocxUrl">The same notice as a Word document.</param>
public sealed record NoticeLink(AvailableNotice Notice, string Url, string DocxUrl);

public sealed record RequestNoticesModel(int RequestId, IReadOnlyList<NoticeLink> Notices);
