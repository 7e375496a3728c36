using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>The handling clerk removes a file attached to the reply, while the case is still in process.</summary>
public sealed record RemoveReplyFileCommand(int Id, int FileId) : ICommand;

public sealed class RemoveReplyFileHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RemoveReplyFileCommand>
{
    public async ValueTask<Unit> Handle(RemoveReplyFileCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以删除答复所附信息。", cancellationToken);
        var file = await db.RequestReplyFiles.FirstOrDefaultAsync(f => f.Id == command.FileId && f.DisclosureRequestId == request.Id, cancellationToken)
            ?? throw new NotFoundException("文件不存在。");
        file.EnsureRemovable(request);
        db.RequestReplyFiles.Remove(file);
        db.Audit(RequestAuditActions.RemoveReplyFile, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"删除申请 {request.Number} 的答复所附信息“{file.FileName}”");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
