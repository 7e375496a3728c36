using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>The county office withdraws a published document; its page then shows the public reason instead of the content.</summary>
public sealed record WithdrawDocumentCommand(int Id, int Version, string? Reason) : ICommand;

public sealed class WithdrawDocumentValidator : AbstractValidator<WithdrawDocumentCommand>
{
    public WithdrawDocumentValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写向公众说明的撤回理由。")
            .MinimumLength(5).WithMessage("撤回理由不少于5个字。")
            .MaximumLength(500).WithMessage("撤回理由不能超过500个字。");
}

public sealed class WithdrawDocumentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<WithdrawDocumentCommand>
{
    public async ValueTask<Unit> Handle(WithdrawDocumentCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Documents.Review, "只有县政务公开办审核员可以审核。");
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        if (!document.CanWithdraw())
        {
            throw new ConflictException("只有已发布的信息可以撤回。");
        }

        db.ExpectVersion(document, command.Version);
        document.Withdraw(command.Reason!, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.Withdraw, document, $"撤回《{document.Title}》：{document.WithdrawalReason}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
