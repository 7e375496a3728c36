using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A clerk records a 解读's form, the other channels it appeared on, and the interpreting unit.</summary>
public sealed record DescribeInterpretationCommand(int Id, int Version, InterpretationForm? Form, InterpretationChannels Channels, string? InterpretingUnit) : ICommand;

public sealed class DescribeInterpretationValidator : AbstractValidator<DescribeInterpretationCommand>
{
    public DescribeInterpretationValidator()
    {
        RuleFor(x => x.Form).NotNull().WithMessage("请选择解读形式。").IsInEnum().WithMessage("解读形式无效。");
        RuleFor(x => x.InterpretingUnit).MaximumLength(200).WithMessage("解读机关名称过长。");
    }
}

public sealed class DescribeInterpretationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<DescribeInterpretationCommand>
{
    public async ValueTask<Unit> Handle(DescribeInterpretationCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        if (document.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能修改本单位的信息。");
        }

        db.ExpectVersion(document, command.Version);
        document.DescribeInterpretation(command.Form!.Value, command.Channels, command.InterpretingUnit);
        db.Audit(DocumentAuditActions.DescribeInterpretation, document, $"记录《{document.Title}》的解读形式");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
