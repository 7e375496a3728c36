using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A citizen sends an opinion on a published 征求意见, without an account, within its period (Beijing time). It waits
/// for moderation before it is shown. The contact details are kept encrypted for the unit and never published.
/// </summary>
public sealed record SubmitCommentCommand(int ConsultationId, string? Text, string? AuthorName, string? Contact) : ICommand;

public sealed class SubmitCommentValidator : AbstractValidator<SubmitCommentCommand>
{
    /// <summary>Longest name and contact accepted.</summary>
    public const int NameLength = DataLimits.ShortText;

    public const int ContactLength = DataLimits.ShortText;

    public SubmitCommentValidator()
    {
        RuleFor(x => x.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写意见内容。")
            .Must(t => t is null || t.Trim().Length <= ConsultationComment.MaxLength).WithMessage($"意见内容不能超过 {ConsultationComment.MaxLength} 字。");
        RuleFor(x => x.AuthorName).MaximumLength(NameLength).WithMessage($"姓名不能超过 {NameLength} 字。");
        RuleFor(x => x.Contact).MaximumLength(ContactLength).WithMessage($"联系方式不能超过 {ContactLength} 字。");
    }
}

public sealed class SubmitCommentHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<SubmitCommentCommand>
{
    public async ValueTask<Unit> Handle(SubmitCommentCommand command, CancellationToken cancellationToken)
    {
        // Anonymous readers see published consultations only (organisation scope, public rows).
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == command.ConsultationId && c.Status == ConsultationStatus.Published, cancellationToken)
            ?? throw new NotFoundException();
        var now = time.GetUtcNow().UtcDateTime;
        ConsultationComment comment;
        try
        {
            comment = consultation.Comment(command.Text!, command.AuthorName, command.Contact, now, ChinaTime.Today(time));
        }
        catch (DomainException ex)
        {
            var field = consultation.RequireName && string.IsNullOrWhiteSpace(command.AuthorName) ? nameof(command.AuthorName) : nameof(command.Text);
            throw new ValidationException([new ValidationFailure(field, ex.Message)]);
        }

        db.ConsultationComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
