using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A clerk drafts a document for their own organisation, optionally submitting it at once.</summary>
public sealed record CreateDocumentCommand(
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
    bool? IsNormative = null) : ICommand<int>, IDocumentFields;

public sealed class CreateDocumentValidator : AbstractValidator<CreateDocumentCommand>
{
    public CreateDocumentValidator(IAppDbContext db, TimeProvider time) => Include(new DocumentFieldsValidator(db, time));
}

public sealed class CreateDocumentHandler(
    IAppDbContext db, ICurrentUser currentUser, IHtmlSanitizer sanitizer, TimeProvider time)
    : ICommandHandler<CreateDocumentCommand, int>
{
    public async ValueTask<int> Handle(CreateDocumentCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var document = new Document(organisationId, command.ToContent(sanitizer));
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(DocumentAuditActions.Create, document, $"新建草稿《{document.Title}》");
        db.WriteRevision(document, "新建", time, currentUser);

        if (command.Submit)
        {
            await DocumentSubmission.SubmitAsync(db, document, currentUser, time, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return document.Id;
    }
}
