using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A clerk edits a draft or a returned document of their organisation, optionally resubmitting it.</summary>
public sealed record UpdateDocumentCommand(
    int Id,
    int Version,
    string? Title,
    string? BodyHtml,
    int ColumnId,
    int? TopicCategoryId,
    string? DocumentNumber,
    DateOnly? WrittenOn,
    string? Summary,
    DisclosureAttribute? Attribute,
    NonDisclosureGround? Ground,
    string? Reason,
    bool Submit,
    string? Keywords = null,
    string? Genre = null,
    FivePublicCategory? FivePublic = null,
    string? NoInterpretationReason = null,
    IReadOnlyList<int>? JointIssuerIds = null,
    bool IsPolicy = false,
    bool? IsNormative = null) : ICommand, IDocumentFields;

public sealed class UpdateDocumentValidator : AbstractValidator<UpdateDocumentCommand>
{
    public UpdateDocumentValidator(IAppDbContext db, TimeProvider time) => Include(new DocumentFieldsValidator(db, time));
}

public sealed class UpdateDocumentHandler(
    IAppDbContext db, ICurrentUser currentUser, IHtmlSanitizer sanitizer, TimeProvider time)
    : ICommandHandler<UpdateDocumentCommand>
{
    public async ValueTask<Unit> Handle(UpdateDocumentCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (document.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能修改本单位的信息。");
        }

        if (!document.CanEdit())
        {
            throw new ConflictException("该信息已提交审核或已发布，不能修改。");
        }

        db.ExpectVersion(document, command.Version);
        document.Edit(command.ToContent(sanitizer));
        db.Audit(DocumentAuditActions.Update, document, $"修改《{document.Title}》");
        db.WriteRevision(document, "修改", time, currentUser);
        if (command.Submit)
        {
            await DocumentSubmission.SubmitAsync(db, document, currentUser, time, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
