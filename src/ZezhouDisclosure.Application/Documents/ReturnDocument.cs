using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A county reviewer returns a submitted document to its clerk with a comment.</summary>
public sealed record ReturnDocumentCommand(int Id, int Version, string? Comment) : ICommand;

public sealed class ReturnDocumentValidator : AbstractValidator<ReturnDocumentCommand>
{
    public ReturnDocumentValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().WithMessage("退回时必须填写审核意见。")
            .MaximumLength(DataLimits.Reason).WithMessage($"审核意见不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class ReturnDocumentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ReturnDocumentCommand>
{
    public async ValueTask<Unit> Handle(ReturnDocumentCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Documents.Review, "只有县政务公开办审核员可以审核。");
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (!document.CanReturn())
        {
            throw new ConflictException("该信息不在待审核状态，可能已被其他审核员处理。");
        }

        db.ExpectVersion(document, command.Version);
        document.Return(command.Comment!, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.Return, document, $"退回《{document.Title}》：{document.ReviewComment}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
