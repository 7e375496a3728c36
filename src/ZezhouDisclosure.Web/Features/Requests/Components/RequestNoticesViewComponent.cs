using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.RequestNotices;

namespace ZezhouDisclosure.Web.Features.Requests.Components;

/// <summary>
/// The list of 告知书 available for a case, for the case page:
/// <c>@await Component.InvokeAsync("RequestNotices", new { requestId = Model.Request.Id })</c>.
/// </summary>
public sealed class RequestNoticesViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int requestId)
    {
        var notices = await sender.Send(new ListRequestNoticesQuery(requestId));
        return View(new RequestNoticesModel(requestId, notices));
    }
}

public sealed record RequestNoticesModel(int RequestId, IReadOnlyList<AvailableNotice> Notices)
{
    public string UrlOf(AvailableNotice notice, string? suffix = null) =>
        $"/admin/disclosurerequests/{RequestId}/notices/{NoticeText.Slug(notice.Kind)}{suffix}"
        + (notice.ConsultationId is { } c ? $"?consultation={c}" : "");
}
