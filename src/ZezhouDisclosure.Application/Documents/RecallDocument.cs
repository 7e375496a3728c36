using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>撤回提交: the clerk takes a submitted document back to a draft before its unit head or the county office decides.</summary>
public sealed record RecallDocumentCommand(int Id, int Version) : ICommand;

public sealed class RecallDocumentHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RecallDocumentCommand>
{
    public async ValueTask<Unit> Handle(RecallDocumentCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (document.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能撤回本单位提交的信息。");
        }

        if (!document.CanRecall())
        {
            throw new ConflictException("该信息已审核或未提交，不能撤回提交。");
        }

        db.ExpectVersion(document, command.Version);
        document.Recall();
        db.Audit(DocumentAuditActions.Recall, document, $"撤回提交《{document.Title}》，改回草稿");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
