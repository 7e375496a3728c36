using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A clerk writes a 征求意见 for the unit (<see cref="Id"/> null: a new draft) and, with <see cref="Submit"/>, sends
/// it for review at once (to the unit head first when the unit signs off itself). Returns the consultation's id.
/// </summary>
public sealed record SaveConsultationCommand(
    int? Id,
    int Version,
    string? Title,
    string? DraftText,
    string? DraftingNotes,
    string? OtherChannels,
    DateOnly? OpensOn,
    DateOnly? ClosesOn,
    string? ShortPeriodReason,
    bool RequireName,
    bool Submit) : ICommand<int>;

public sealed class SaveConsultationValidator : AbstractValidator<SaveConsultationCommand>
{
    public SaveConsultationValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("请填写标题。")
            .MaximumLength(DataLimits.Title).WithMessage($"标题不能超过 {DataLimits.Title} 字。");
        RuleFor(x => x.DraftText).NotEmpty().WithMessage("请填写征求意见稿正文。")
            .MaximumLength(DataLimits.BodyHtml).WithMessage("征求意见稿正文过长。");
        RuleFor(x => x.DraftingNotes).MaximumLength(DataLimits.Description).WithMessage($"起草说明不能超过 {DataLimits.Description} 字。");
        RuleFor(x => x.OtherChannels).MaximumLength(DataLimits.Summary).WithMessage($"其他意见渠道不能超过 {DataLimits.Summary} 字。");
        RuleFor(x => x.ShortPeriodReason).MaximumLength(DataLimits.Summary).WithMessage($"理由不能超过 {DataLimits.Summary} 字。");
        RuleFor(x => x).Custom((command, context) =>
        {
            foreach (var problem in ConsultationPeriod.Check(command.OpensOn, command.ClosesOn, command.ShortPeriodReason))
            {
                context.AddFailure(problem.Field, problem.Message);
            }
        });
    }
}

public sealed class SaveConsultationHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SaveConsultationCommand, int>
{
    public async ValueTask<int> Handle(SaveConsultationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以编写征求意见。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var content = new ConsultationContent(
            command.Title!, command.DraftText!, command.DraftingNotes, command.OtherChannels,
            command.OpensOn!.Value, command.ClosesOn!.Value, command.ShortPeriodReason, command.RequireName);
        Consultation consultation;
        if (command.Id is int id)
        {
            consultation = await ConsultationAccess.LoadAsync(db, id, command.Version, cancellationToken);
            if (consultation.OrganisationId != organisationId)
            {
                throw new ForbiddenException("只能修改本单位的征求意见。");
            }

            ConsultationAccess.Guard(() => consultation.Edit(content));
            db.Audit(ParticipationAuditActions.Update, consultation, $"修改征求意见《{consultation.Title}》");
        }
        else
        {
            consultation = new Consultation(organisationId, content);
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync(cancellationToken);
            db.Audit(ParticipationAuditActions.Create, consultation, $"新建征求意见《{consultation.Title}》");
        }

        if (command.Submit)
        {
            await ConsultationSubmission.SubmitAsync(db, consultation, currentUser, time, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return consultation.Id;
    }
}
