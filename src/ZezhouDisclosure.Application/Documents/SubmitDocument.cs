using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A clerk submits a saved draft for review.</summary>
public sealed record SubmitDocumentCommand(int Id, int Version) : ICommand;

public sealed class SubmitDocumentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SubmitDocumentCommand>
{
    public async ValueTask<Unit> Handle(SubmitDocumentCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (document.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能提交本单位的信息。");
        }

        if (!document.CanSubmit())
        {
            throw new ConflictException("该信息已提交审核或已发布。");
        }

        var problems = DisclosureRules.Check(document.Attribute, document.Ground, document.Reason);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure(p.Field, p.Message)));
        }

        db.ExpectVersion(document, command.Version);
        await DocumentSubmission.SubmitAsync(db, document, currentUser, time, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
