using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// 答复 by the unit holding the case. A reply that may be published (the citizen agreed) and carries a phone or ID
/// number is held back with a warning until the writer removes it or confirms it is meant (e.g. a unit's office line).
/// Two people answering at once: the second gets a conflict and keeps their text.
/// </summary>
public sealed record AnswerMessageCommand(int Id, int Version, string? Reply, bool ConfirmPersonalData = false) : ICommand;

public sealed class AnswerMessageValidator : AbstractValidator<AnswerMessageCommand>
{
    public AnswerMessageValidator() =>
        RuleFor(x => x.Reply).NotEmpty().WithMessage("请填写答复内容。")
            .MaximumLength(DataLimits.Description).WithMessage($"答复内容不能超过 {DataLimits.Description} 个字。");
}

public sealed class AnswerMessageHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<AnswerMessageCommand>
{
    public async ValueTask<Unit> Handle(AnswerMessageCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Answer, "没有答复留言的权限。");
        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        var found = PersonalDataScan.Find(command.Reply);
        if (message.PublicationConsent && found.Count > 0 && !command.ConfirmPersonalData)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.Reply),
                $"答复中含有可能属于个人信息的号码（{string.Join("、", found)}），该答复可能被公开。请删除，或勾选“确认以上号码可以公开”后再提交。")]);
        }

        MessageAccess.ExpectVersion(db, message, command.Version);
        try
        {
            message.Answer(command.Reply!, message.OrganisationId, currentUser.UserName, time.GetUtcNow().UtcDateTime, ChinaTime.Today(time));
        }
        catch (DomainException ex)
        {
            // The case moved on (answered, rejected, merged) since the form was filled in: a conflict, so the page comes
            // back with the reply the clerk typed instead of an error page that loses it.
            throw new ConflictException(ex.Message);
        }

        db.Audit(InteractionAuditActions.Answer, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"答复留言 {message.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
