using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>A clerk submits a saved 征求意见 draft for review.</summary>
public sealed record SubmitConsultationCommand(int Id, int Version) : ICommand;

public sealed class SubmitConsultationHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SubmitConsultationCommand>
{
    public async ValueTask<Unit> Handle(SubmitConsultationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以提交征求意见。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var consultation = await ConsultationAccess.LoadAsync(db, command.Id, command.Version, cancellationToken);
        if (consultation.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能提交本单位的征求意见。");
        }

        await ConsultationSubmission.SubmitAsync(db, consultation, currentUser, time, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
