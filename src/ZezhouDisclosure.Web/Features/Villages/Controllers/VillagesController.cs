using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Villages;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Villages;
using ZezhouDisclosure.Web.Features.Villages.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Villages.Controllers;

/// <summary>
/// The back-office of 村（居）务公开: a township clerk imports its villages and writes or reviews their postings; a
/// village's 信息员 writes its own village's postings. Which villages a user reaches is the organisation scope.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Villages.Review)]
[Route("admin/villages")]
public sealed class VillagesController(ISender sender, ICurrentUser currentUser, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["ToReview"] = await sender.Send(new ListVillagePostingsToReviewQuery(), cancellationToken);
        return View(await sender.Send(new ListMyVillagesQuery(), cancellationToken));
    }

    /// <summary>Reads the uploaded sheet and shows each row with its problem; nothing is saved yet.</summary>
    [HttpPost("import")]
    [RequirePermission(Permissions.Villages.Manage)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(PreviewVillageImportQuery.FileField, "请选择要导入的 .xlsx 文件。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await Index(cancellationToken);
        }

        var villages = await sender.Send(new ListMyVillagesQuery(), cancellationToken);
        ViewData["ToReview"] = await sender.Send(new ListVillagePostingsToReviewQuery(), cancellationToken);
        await using var stream = file.OpenReadStream();
        return await this.SendFormAsync(sender, new PreviewVillageImportQuery(stream),
            checks => View("ImportPreview", new VillageImportPreview(checks)),
            _ => View(nameof(Index), villages),
            cancellationToken);
    }

    /// <summary>Imports the previewed lines: all of them (only when every line is valid), or the valid ones.</summary>
    /// <remarks>The new villages join the clerk's organisation scope at its next request (<see cref="TownshipVillageScopeClaims"/>).</remarks>
    [HttpPost("import/confirm")]
    [RequirePermission(Permissions.Villages.Manage)]
    public Task<IActionResult> ConfirmImport(VillageImportForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new ImportVillagesCommand(form.Lines, form.ValidRowsOnly),
            count =>
            {
                this.Flash($"已导入 {count} 个村（居），每个村（居）已按模板生成公开事项清单。");
                return RedirectToAction(nameof(Index));
            },
            _ => IndexPage(cancellationToken),
            cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Village(int id, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetVillageWorkspaceQuery(id), cancellationToken));

    /// <summary>公开事项清单: the village's list, adapted from the template (add, edit, remove rows).</summary>
    [HttpGet("{id:int}/catalogue")]
    [RequirePermission(Permissions.Villages.Write)]
    public Task<IActionResult> Catalogue(int id, CancellationToken cancellationToken) =>
        CataloguePageAsync(id, null, null, cancellationToken);

    [HttpPost("{id:int}/catalogue")]
    [RequirePermission(Permissions.Villages.Write)]
    public Task<IActionResult> AddCatalogueItem(int id, SaveVillageCatalogueItemCommand form, CancellationToken cancellationToken)
    {
        var command = form with { VillageId = id, ItemId = null };
        return this.SendFormAsync(sender, command,
            _ => CatalogueDone(id, "已新增公开事项。"),
            _ => CataloguePageAsync(id, command, null, cancellationToken),
            cancellationToken);
    }

    [HttpGet("{id:int}/catalogue/{itemId:int}")]
    [RequirePermission(Permissions.Villages.Write)]
    public Task<IActionResult> EditCatalogueItem(int id, int itemId, CancellationToken cancellationToken) =>
        CataloguePageAsync(id, null, itemId, cancellationToken);

    [HttpPost("{id:int}/catalogue/{itemId:int}")]
    [RequirePermission(Permissions.Villages.Write)]
    public Task<IActionResult> EditCatalogueItem(int id, int itemId, SaveVillageCatalogueItemCommand form, CancellationToken cancellationToken)
    {
        var command = form with { VillageId = id, ItemId = itemId };
        return this.SendFormAsync(sender, command,
            _ => CatalogueDone(id, "公开事项已保存。"),
            _ => CataloguePageAsync(id, command, itemId, cancellationToken),
            cancellationToken);
    }

    [HttpPost("{id:int}/catalogue/{itemId:int}/remove")]
    [RequirePermission(Permissions.Villages.Write)]
    public Task<IActionResult> RemoveCatalogueItem(int id, int itemId, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new RemoveVillageCatalogueItemCommand(id, itemId),
            _ => CatalogueDone(id, "已删除该公开事项。"),
            _ => CataloguePageAsync(id, null, null, cancellationToken),
            cancellationToken);

    private RedirectToActionResult CatalogueDone(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Catalogue), new { id });
    }

    /// <summary>
    /// The 公开事项清单 page: every row, and one form (a new row, or the row being edited); after a refused save what
    /// the user typed. Only for writers of the village (404 outside the scope).
    /// </summary>
    private async Task<IActionResult> CataloguePageAsync(int villageId, SaveVillageCatalogueItemCommand? typed, int? itemId, CancellationToken cancellationToken)
    {
        var workspace = await sender.Send(new GetVillageWorkspaceQuery(villageId), cancellationToken);
        if (!workspace.CanWrite)
        {
            return Forbid();
        }

        var form = typed;
        if (form is null && itemId is int editing)
        {
            var row = workspace.Catalogue.FirstOrDefault(r => r.Id == editing) ?? throw new NotFoundException("公开事项不存在。");
            form = new SaveVillageCatalogueItemCommand(villageId, row.Id, row.Area, row.Item, row.Content, row.Timing, row.Channel, row.SortOrder);
        }

        form ??= new SaveVillageCatalogueItemCommand(villageId, null, null, null, null, null, VillageCatalogueTemplate.DefaultChannel,
            workspace.Catalogue.Count == 0 ? 1 : workspace.Catalogue.Max(r => r.SortOrder) + 1);
        return View("Catalogue", new VillageCataloguePage(workspace, form));
    }

    [HttpGet("{id:int}/postings/new")]
    [RequirePermission(Permissions.Villages.Write)]
    public async Task<IActionResult> NewPosting(int id, CancellationToken cancellationToken) =>
        await PostingPageAsync(id, VillagePostingDefaults.For(id, ChinaTime.Today(time)), null, cancellationToken);

    [HttpPost("{id:int}/postings/new")]
    [RequirePermission(Permissions.Villages.Write)]
    public Task<IActionResult> NewPosting(int id, SaveVillagePostingCommand form, CancellationToken cancellationToken)
    {
        var command = form with { Id = null, VillageId = id };
        return this.SendFormAsync(sender, command,
            postingId =>
            {
                this.Flash("已保存。可以添加附件，然后提交乡镇审核。");
                return RedirectToAction(nameof(Posting), new { id = postingId });
            },
            _ => PostingPageAsync(id, command, null, cancellationToken),
            cancellationToken);
    }

    [HttpGet("postings/{id:int}")]
    public async Task<IActionResult> Posting(int id, CancellationToken cancellationToken)
    {
        var posting = await sender.Send(new GetVillagePostingQuery(id, false), cancellationToken);
        return await PostingPageAsync(posting.Village.Id, FormOf(posting), posting, cancellationToken);
    }

    [HttpPost("postings/{id:int}")]
    [RequirePermission(Permissions.Villages.Write)]
    public async Task<IActionResult> Posting(int id, SaveVillagePostingCommand form, CancellationToken cancellationToken)
    {
        var posting = await sender.Send(new GetVillagePostingQuery(id, false), cancellationToken);
        var command = form with { Id = id, VillageId = posting.Village.Id };
        return await this.SendFormAsync(sender, command,
            _ => Done(id, "已保存。"),
            _ => PostingPageAsync(posting.Village.Id, command, posting, cancellationToken),
            cancellationToken);
    }

    [HttpPost("postings/{id:int}/attachments")]
    [RequirePermission(Permissions.Villages.Write)]
    public async Task<IActionResult> AddAttachment(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        var posting = await sender.Send(new GetVillagePostingQuery(id, false), cancellationToken);
        await using var stream = file?.OpenReadStream();
        return await this.SendFormAsync(sender, new AddVillagePostingAttachmentCommand(id, file?.FileName, stream),
            _ => Done(id, "附件已上传。"),
            _ => PostingPageAsync(posting.Village.Id, FormOf(posting), posting, cancellationToken),
            cancellationToken);
    }

    [HttpPost("postings/{id:int}/submit")]
    [RequirePermission(Permissions.Villages.Write)]
    public async Task<IActionResult> Submit(int id, int version, CancellationToken cancellationToken)
    {
        var posting = await sender.Send(new GetVillagePostingQuery(id, false), cancellationToken);
        return await this.SendFormAsync(sender, new SubmitVillagePostingCommand(id, version),
            _ => Done(id, "已提交乡镇审核。"),
            _ => PostingPageAsync(posting.Village.Id, FormOf(posting), posting, cancellationToken),
            cancellationToken);
    }

    [HttpPost("postings/{id:int}/review")]
    public async Task<IActionResult> Review(int id, int version, bool approve, string? reason, CancellationToken cancellationToken)
    {
        var posting = await sender.Send(new GetVillagePostingQuery(id, false), cancellationToken);
        return await this.SendFormAsync(sender, new ReviewVillagePostingCommand(id, version, approve, reason),
            _ => Done(id, approve ? "已审核通过并公开。" : "已退回。"),
            _ => PostingPageAsync(posting.Village.Id, FormOf(posting), posting, cancellationToken),
            cancellationToken);
    }

    private RedirectToActionResult Done(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Posting), new { id });
    }

    private async Task<IActionResult> IndexPage(CancellationToken cancellationToken)
    {
        ViewData["ToReview"] = await sender.Send(new ListVillagePostingsToReviewQuery(), cancellationToken);
        return View(nameof(Index), await sender.Send(new ListMyVillagesQuery(), cancellationToken));
    }

    private async Task<IActionResult> PostingPageAsync(int villageId, SaveVillagePostingCommand form, VillagePostingDetails? posting, CancellationToken cancellationToken)
    {
        var workspace = await sender.Send(new GetVillageWorkspaceQuery(villageId), cancellationToken);
        var canReview = posting is { Status: Domain.Villages.VillagePostingStatus.Submitted }
                        && currentUser.IsOrganisationStaff() && currentUser.OrganisationId == workspace.Village.TownshipId
                        && RolePermissions.GrantedToAny(currentUser.IsInRole, Permissions.Villages.Review);
        return View(nameof(Posting), new VillagePostingPage(workspace.Village, form, posting, workspace.CanWrite, canReview));
    }

    private static SaveVillagePostingCommand FormOf(VillagePostingDetails p) =>
        new(p.Id, p.Version, p.Village.Id, p.Category, p.PeriodKind, p.PeriodStart.Year,
            p.PeriodKind == Domain.Villages.VillagePeriodKind.Quarterly ? ((p.PeriodStart.Month - 1) / 3) + 1 : p.PeriodStart.Month,
            p.PeriodKind == Domain.Villages.VillagePeriodKind.PerEvent ? p.PeriodStart : null,
            p.Title, p.Body, p.NoticeFrom, p.NoticeTo, p.ObjectionContact);
}
