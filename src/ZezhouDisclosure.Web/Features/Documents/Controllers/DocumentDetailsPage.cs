using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Features.Documents.Models;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Documents.Controllers;

/// <summary>
/// The one builder of a document's back-office details page, used by its GET and by every form on it that is shown
/// again (the drafting, review and withdrawal forms of <see cref="DocumentsController"/> and <see cref="ReviewController"/>),
/// so a re-render loads exactly what the first render loaded (the 解读's policy candidates included).
/// </summary>
internal static class DocumentDetailsPage
{
    public const string ViewPath = "~/Features/Documents/Views/Documents/Details.cshtml";

    /// <summary>The page of document <c>id</c>; <c>typed</c> puts back what the user typed into one of its forms.</summary>
    public static async Task<IActionResult> ShowAsync(
        Controller controller,
        ISender sender,
        int id,
        CancellationToken cancellationToken,
        Func<DocumentDetailsViewModel, DocumentDetailsViewModel>? typed = null)
    {
        var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
        var model = Actions(document);
        if (document.ColumnKind == ColumnKind.PolicyInterpretations && controller.User.HasPermission(Permissions.Documents.Draft))
        {
            model = model with { PolicyCandidates = await sender.Send(new ListPolicyCandidatesQuery(), cancellationToken) };
        }

        return controller.View(ViewPath, typed is null ? model : typed(model));
    }

    /// <summary>What the page offers: the entity decides (<see cref="Document.Allowed"/>, computed by the query).</summary>
    private static DocumentDetailsViewModel Actions(StaffDocument document) =>
        new(document, CanEdit: document.Allowed.CanEdit, CanReview: document.Allowed.CanReview)
        {
            CanWithdraw = document.Allowed.CanWithdraw,
            CanDelete = document.Allowed.CanDelete,
            CanSetValidity = document.Allowed.CanSetValidity,
        };
}
