using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// 紧急发布: a clerk publishes a 主动公开 document of their organisation at once (e.g. an emergency notice); it takes
/// its 索引号 and stays marked 待补审 for the county office until reviewed.
/// </summary>
public sealed record PublishUrgentlyCommand(int Id, int Version) : ICommand<string>;

public sealed class PublishUrgentlyHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<PublishUrgentlyCommand, string>
{
    public async ValueTask<string> Handle(PublishUrgentlyCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        if (document.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能发布本单位的信息。");
        }

        // Checked before an index number is taken.
        if (!document.CanPublishUrgently())
        {
            throw new ConflictException(document.CanEdit() ? "只有主动公开的信息可以紧急发布。" : "该信息已提交审核或已发布。");
        }

        var indexNumber = await IndexNumberAllocator.NextAsync(db, organisationId, time, cancellationToken);
        db.ExpectVersion(document, command.Version);
        document.PublishUrgently(indexNumber, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.PublishUrgently, document, $"紧急发布《{document.Title}》，索引号 {indexNumber}，待县政务公开办补审");
        await db.SaveChangesAsync(cancellationToken);
        return indexNumber;
    }
}
