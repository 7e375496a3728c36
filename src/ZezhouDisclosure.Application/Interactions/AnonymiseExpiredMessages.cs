using ZezhouDisclosure.Application.Common.Abstractions;
using System.Globalization;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// Removes the citizen's name and contact details from messages closed more than <see cref="RetentionYears"/> years
/// ago, like 依申请公开 applicants (the same retention setting, run by the same daily job); the message and its answer stay.
/// </summary>
public sealed record AnonymiseExpiredMessagesCommand(int RetentionYears = AnonymiseExpiredRequestsCommand.DefaultRetentionYears) : ICommand<int>;

public sealed class AnonymiseExpiredMessagesValidator : AbstractValidator<AnonymiseExpiredMessagesCommand>
{
    public AnonymiseExpiredMessagesValidator() =>
        RuleFor(x => x.RetentionYears).InclusiveBetween(1, 100).WithMessage("保存年限应在 1 至 100 年之间。");
}

public sealed class AnonymiseExpiredMessagesHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<AnonymiseExpiredMessagesCommand, int>
{
    public async ValueTask<int> Handle(AnonymiseExpiredMessagesCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.IsSystem && !currentUser.IsInRole(Roles.Administrator))
        {
            throw new ForbiddenException("只有系统任务或管理员可以匿名化留言人信息。");
        }

        var cutoff = ChinaTime.Today(time).AddYears(-command.RetentionYears);
        var expired = await db.CitizenMessages
            .Where(m => m.ClosedOn != null && m.ClosedOn <= cutoff && (m.Name == null || m.Name != CitizenMessage.AnonymisedName))
            .ToListAsync(cancellationToken);
        foreach (var message in expired)
        {
            message.Anonymise();
            db.Audit(InteractionAuditActions.Anonymise, nameof(CitizenMessage), message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
                $"留言 {message.Number} 办结已满 {command.RetentionYears} 年，留言人个人信息已匿名化");
        }

        await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }
}
