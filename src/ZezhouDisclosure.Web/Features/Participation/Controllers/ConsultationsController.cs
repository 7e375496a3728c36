using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Participation;
using ZezhouDisclosure.Domain.Participation;
using ZezhouDisclosure.Web.Features.Participation.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Participation.Controllers;

/// <summary>
/// 公众参与 in the back-office: a unit's clerk writes and submits 征求意见, moderates comments, writes the feedback and
/// links the decision; the unit head signs off when the unit requires it; the county office publishes or returns the
/// consultation and its feedback, like a document.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Participation.View)]
public sealed class ConsultationsController(ISender sender, IAttachmentStore store) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListConsultationsQuery(), cancellationToken));

    [HttpGet]
    [RequirePermission(Permissions.Participation.Edit)]
    public IActionResult Create() => View("Edit", new ConsultationEditViewModel(null, new ConsultationForm()));

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Create(ConsultationForm form, string? intent, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(null, ReviewedDraftActions.IsSubmit(intent)),
            onSuccess: id => this.BackToDetails(id, ReviewedDraftActions.SavedMessage(intent, created: true)),
            redisplay: _ => View("Edit", new ConsultationEditViewModel(null, form)),
            cancellationToken);

    [HttpGet]
    [RequirePermission(Permissions.Participation.Edit)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var c = (await sender.Send(new GetConsultationQuery(id), cancellationToken)).Consultation;
        return View(new ConsultationEditViewModel(id, new ConsultationForm
        {
            Version = c.Version,
            Title = c.Title,
            DraftText = c.DraftText,
            DraftingNotes = c.DraftingNotes,
            OtherChannels = c.OtherChannels,
            OpensOn = c.OpensOn,
            ClosesOn = c.ClosesOn,
            ShortPeriodReason = c.ShortPeriodReason,
            RequireName = c.RequireName,
        }));
    }

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Edit(int id, ConsultationForm form, string? intent, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(id, ReviewedDraftActions.IsSubmit(intent)),
            onSuccess: _ => this.BackToDetails(id, ReviewedDraftActions.SavedMessage(intent, created: false)),
            redisplay: _ => View("Edit", new ConsultationEditViewModel(id, form)),
            cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await DetailsPageAsync(id, null, cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Submit(int id, int version, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new SubmitConsultationCommand(id, version),
            onSuccess: _ => this.BackToDetails(id, "已提交审核。"),
            redisplay: _ => DetailsPageAsync(id, null, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Participation.ApproveInUnit)]
    public Task<IActionResult> SignOff(int id, ReviewDecision review, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new SignOffConsultationCommand(id, review.Version, review.Approve, review.Comment),
            onSuccess: _ => this.BackToDetails(id, review.Message("单位审核通过，已报县政务公开办。")),
            redisplay: _ => DetailsPageAsync(id, p => p with { ReviewComment = review.Comment }, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Participation.Review)]
    public Task<IActionResult> Review(int id, ReviewDecision review, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new ReviewConsultationCommand(id, review.Version, review.Approve, review.Comment),
            onSuccess: _ => this.BackToDetails(id, review.Message("审核通过，征求意见已发布。")),
            redisplay: _ => DetailsPageAsync(id, p => p with { ReviewComment = review.Comment }, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Moderate(int id, int commentId, int version, string? decision, string? reason, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new ModerateCommentCommand(commentId, version, decision == "publish", reason),
            onSuccess: _ => this.BackToDetails(id, decision == "publish" ? "意见已公开。" : "意见不予公开，理由已记录。", "comments"),
            redisplay: _ => DetailsPageAsync(id, null, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Feedback(int id, FeedbackForm form, string? intent, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new SaveFeedbackCommand(id, form.Version, form.Received, form.Adopted, form.PartlyAdopted, form.NotAdopted, form.Text, ReviewedDraftActions.IsSubmit(intent)),
            onSuccess: _ => this.BackToDetails(id, ReviewedDraftActions.IsSubmit(intent) ? "反馈已提交审核。" : "反馈草稿已保存。", "feedback"),
            redisplay: _ => DetailsPageAsync(id, p => p with { Feedback = form }, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Participation.Review)]
    public Task<IActionResult> ReviewFeedback(int id, ReviewDecision review, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new ReviewFeedbackCommand(id, review.Version, review.Approve, review.Comment),
            onSuccess: _ => this.BackToDetails(id, review.Message("反馈已公布。", "反馈已退回。"), "feedback"),
            redisplay: _ => DetailsPageAsync(id, p => p with { ReviewComment = review.Comment }, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> LinkDecision(int id, int version, int? documentId, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new LinkDecisionCommand(id, version, documentId),
            onSuccess: _ => this.BackToDetails(id, documentId is null ? "已取消决策结果关联。" : "已关联决策结果。", "decision"),
            redisplay: _ => DetailsPageAsync(id, p => p with { DecisionDocumentId = documentId }, cancellationToken),
            cancellationToken);

    /// <summary>Uploads a file of the draft (征求意见稿附件) while the consultation is a draft or returned.</summary>
    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public async Task<IActionResult> AddAttachment(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        await using var stream = file?.OpenReadStream();
        return await this.SendFormAsync(sender, new AddConsultationAttachmentCommand(id, file?.FileName, stream),
            onSuccess: _ => this.BackToDetails(id, "附件已上传。", "attachments"),
            redisplay: _ => DetailsPageAsync(id, null, cancellationToken),
            cancellationToken);
    }

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> RemoveAttachment(int id, int attachmentId, bool confirmed, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new RemoveConsultationAttachmentCommand(id, attachmentId, confirmed),
            onSuccess: _ => this.BackToDetails(id, "附件已删除。", "attachments"),
            redisplay: _ => DetailsPageAsync(id, null, cancellationToken),
            cancellationToken);

    /// <summary>A file at any stage, for the unit's staff and the county office.</summary>
    [HttpGet]
    public async Task<IActionResult> Attachment(int id, int attachmentId, CancellationToken cancellationToken) =>
        AttachmentFiles.Serve(this, store, await sender.Send(new GetConsultationAttachmentQuery(id, attachmentId, PublishedOnly: false), cancellationToken));

    /// <summary>The one builder of the staff page (first render and every redisplay).</summary>
    private async Task<IActionResult> DetailsPageAsync(int id, Func<ConsultationPageViewModel, ConsultationPageViewModel>? adjust, CancellationToken cancellationToken)
    {
        var details = await sender.Send(new GetConsultationQuery(id), cancellationToken);
        var c = details.Consultation;
        var feedback = c.FeedbackStatus == FeedbackStatus.None
            ? new FeedbackForm
            {
                Version = c.Version,
                Received = details.Comments.Count(m => m.Status == CommentStatus.Published),
            }
            : new FeedbackForm
            {
                Version = c.Version,
                Received = c.FeedbackReceived,
                Adopted = c.FeedbackAdopted,
                PartlyAdopted = c.FeedbackPartlyAdopted,
                NotAdopted = c.FeedbackNotAdopted,
                Text = c.FeedbackText,
            };
        var page = new ConsultationPageViewModel(details, feedback, null, c.DecisionDocumentId);
        return View("Details", adjust is null ? page : adjust(page) with { Details = details });
    }
}
