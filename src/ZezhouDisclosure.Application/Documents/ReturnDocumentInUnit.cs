using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>单位审核退回: the unit head returns the document to the clerk with the reason the clerk must see.</summary>
public sealed record ReturnDocumentInUnitCommand(int Id, int Version, string? Comment) : ICommand;

public sealed class ReturnDocumentInUnitValidator : AbstractValidator<ReturnDocumentInUnitCommand>
{
    public ReturnDocumentInUnitValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().WithMessage("退回时必须填写退回理由。")
            .MaximumLength(DataLimits.Reason).WithMessage($"退回理由不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class ReturnDocumentInUnitHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ReturnDocumentInUnitCommand>
{
    public async ValueTask<Unit> Handle(ReturnDocumentInUnitCommand command, CancellationToken cancellationToken)
    {
        var document = await UnitSignOff.LoadAsync(db, currentUser, command.Id, cancellationToken);
        db.ExpectVersion(document, command.Version);
        document.ReturnInUnit(command.Comment!, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.ReturnInUnit, document, $"单位负责人退回《{document.Title}》：{document.ReviewComment}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
