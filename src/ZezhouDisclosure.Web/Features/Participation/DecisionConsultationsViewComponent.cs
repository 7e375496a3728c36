using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Participation;

namespace ZezhouDisclosure.Web.Features.Participation;

/// <summary>
/// The back-link on a published decision document's page to the 征求意见 it came from (决策结果 ⇄ 征求意见). The
/// link is kept on the consultation; the document page only invokes this component.
/// </summary>
public sealed class DecisionConsultationsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int documentId) =>
        View("~/Features/Participation/Views/Shared/Components/DecisionConsultations/Default.cshtml",
            await sender.Send(new GetDecisionConsultationsQuery(documentId)));
}
