using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// 有效性: the issuing organisation's clerk (or the county office) records that a document is valid, expired or repealed,
/// with its dates — for example after a 行政规范性文件清理. Allowed after publication; the public page shows it.
/// </summary>
public sealed record SetDocumentValidityCommand(
    int Id, int Version, DocumentValidity Validity, bool IsNormative, DateOnly? EffectiveOn, DateOnly? ExpiresOn) : ICommand;

public sealed class SetDocumentValidityValidator : AbstractValidator<SetDocumentValidityCommand>
{
    public SetDocumentValidityValidator()
    {
        RuleFor(x => x.Validity).IsInEnum().WithMessage("有效性无效。");
        RuleFor(x => x.ExpiresOn).NotNull().When(x => x.Validity != DocumentValidity.Valid)
            .WithMessage("标记为失效或废止时，必须填写失效或废止日期。");
        RuleFor(x => x.ExpiresOn).GreaterThanOrEqualTo(x => x.EffectiveOn).When(x => x.EffectiveOn is not null && x.ExpiresOn is not null)
            .WithMessage("失效或废止日期不能早于生效日期。");
    }
}

public sealed class SetDocumentValidityHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SetDocumentValidityCommand>
{
    public async ValueTask<Unit> Handle(SetDocumentValidityCommand command, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        if (!currentUser.IsCountyWide() && document.OrganisationId != currentUser.RequireClerkOrganisation())
        {
            throw new ForbiddenException("只能修改本单位的信息。");
        }

        db.ExpectVersion(document, command.Version);
        document.SetValidity(command.Validity, command.IsNormative, command.EffectiveOn, command.ExpiresOn);
        db.Audit(DocumentAuditActions.SetValidity, document, $"将《{document.Title}》的有效性设为{DocumentLabels.Of(command.Validity)}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
