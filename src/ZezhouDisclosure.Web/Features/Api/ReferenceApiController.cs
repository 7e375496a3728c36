using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Features.Api;

/// <summary>Organisations (公开主体) and the column tree (栏目).</summary>
[Route("api/v1")]
public sealed class ReferenceApiController(ISender sender) : ApiControllerBase
{
    /// <summary>Every organisation, current and historical (townships carry their validity and successor).</summary>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("organisations")]
    [ProducesResponseType<IReadOnlyList<ApiOrganisation>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Organisations(CancellationToken cancellationToken)
    {
        var organisations = await sender.Send(new ListOrganisationsQuery(), cancellationToken);
        return Tagged(organisations.Select(o => new ApiOrganisation(
            o.Slug, o.Name, o.Kind.ToString(), o.IndexCode, o.StatisticalCode, o.ValidFrom, o.ValidTo, o.SuccessorSlug,
            o.Address, o.Phone, o.OfficeHours, BaseUrl + PortalUrls.Organisation(o.Slug))).ToList());
    }

    /// <summary>The column tree, nested.</summary>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("columns")]
    [ProducesResponseType<IReadOnlyList<ApiColumn>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Columns(CancellationToken cancellationToken)
    {
        var tree = await sender.Send(new GetColumnTreeQuery(), cancellationToken);
        var children = tree.ToLookup(c => c.ParentId);
        ApiColumn Node(ColumnNode c) => new(
            c.Path, c.Name, c.Kind.ToString(), c.Description, c.AcceptsDocuments, $"{BaseUrl}/{c.Path}", [.. children[c.Id].Select(Node)]);
        return Tagged(children[null].Select(Node).ToList());
    }
}
