using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// 公开属性备案 (泽政办发〔2020〕22号 四（一）1): the county office acknowledges that a 依申请公开 / 不予公开 document's
/// legal ground and reason are on file; only then can it be approved.
/// </summary>
public sealed record AcknowledgeFilingCommand(int Id, int Version) : ICommand;

public sealed class AcknowledgeFilingHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<AcknowledgeFilingCommand>
{
    public async ValueTask<Unit> Handle(AcknowledgeFilingCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Documents.Review, "只有县政务公开办审核员可以审核。");
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(document, command.Version);
        document.AcknowledgeFiling(time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.AcknowledgeFiling, document, $"公开属性备案：《{document.Title}》（{DocumentLabels.Of(document.Attribute)}）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
