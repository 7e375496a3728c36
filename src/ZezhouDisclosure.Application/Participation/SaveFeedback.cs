using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// After closing, the unit's clerk writes the 反馈 / 采纳情况: the figures and the grouped responses with reasons; with
/// <see cref="Submit"/> it goes to the county office for review (the figures must add up).
/// </summary>
public sealed record SaveFeedbackCommand(
    int ConsultationId,
    int Version,
    int? Received,
    int? Adopted,
    int? PartlyAdopted,
    int? NotAdopted,
    string? Text,
    bool Submit) : ICommand;

public sealed class SaveFeedbackValidator : AbstractValidator<SaveFeedbackCommand>
{
    public SaveFeedbackValidator()
    {
        RuleFor(x => x.Received).NotNull().WithMessage("请填写收到意见条数。").GreaterThanOrEqualTo(0).WithMessage("条数不能为负数。");
        RuleFor(x => x.Adopted).NotNull().WithMessage("请填写采纳条数。").GreaterThanOrEqualTo(0).WithMessage("条数不能为负数。");
        RuleFor(x => x.PartlyAdopted).NotNull().WithMessage("请填写部分采纳条数。").GreaterThanOrEqualTo(0).WithMessage("条数不能为负数。");
        RuleFor(x => x.NotAdopted).NotNull().WithMessage("请填写未采纳条数。").GreaterThanOrEqualTo(0).WithMessage("条数不能为负数。");
        RuleFor(x => x.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写采纳情况及理由。")
            .MaximumLength(DataLimits.BodyHtml).WithMessage("采纳情况过长。");
    }
}

public sealed class SaveFeedbackHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SaveFeedbackCommand>
{
    public async ValueTask<Unit> Handle(SaveFeedbackCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以撰写反馈。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var consultation = await ConsultationAccess.LoadAsync(db, command.ConsultationId, command.Version, cancellationToken);
        if (consultation.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能撰写本单位征求意见的反馈。");
        }

        var counts = new FeedbackCounts(command.Received!.Value, command.Adopted!.Value, command.PartlyAdopted!.Value, command.NotAdopted!.Value);
        var publishedOnline = await PublishedCommentsAsync(db, consultation.Id, cancellationToken);
        if (command.Submit && counts.Check(publishedOnline) is { Count: > 0 } problems)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure(p.Field, p.Message)));
        }

        var today = ChinaTime.Today(time);
        ConsultationAccess.Guard(() => consultation.SaveFeedback(counts, command.Text!, today));
        db.Audit(ParticipationAuditActions.FeedbackSave, consultation, $"保存《{consultation.Title}》的意见采纳情况");
        if (command.Submit)
        {
            ConsultationAccess.Guard(() => consultation.SubmitFeedback(publishedOnline, time.GetUtcNow().UtcDateTime, currentUser.UserName));
            db.Audit(ParticipationAuditActions.FeedbackSubmit, consultation, $"提交审核《{consultation.Title}》的意见采纳情况");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    internal static Task<int> PublishedCommentsAsync(IAppDbContext db, int consultationId, CancellationToken cancellationToken) =>
        db.ConsultationComments.CountAsync(c => c.ConsultationId == consultationId && c.Status == CommentStatus.Published, cancellationToken);
}
