using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>Publishes every scheduled document whose time has come (run by the scheduler every minute, as the system).</summary>
public sealed record PublishDueDocumentsCommand : ICommand<int>;

public sealed class PublishDueDocumentsHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<PublishDueDocumentsCommand, int>
{
    public async ValueTask<int> Handle(PublishDueDocumentsCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Documents.Where(d => d.Status == DocumentStatus.Scheduled && d.ScheduledAt <= now).ToListAsync(cancellationToken);
        foreach (var document in due.Where(d => d.PublishIfDue(now)))
        {
            db.Audit(DocumentAuditActions.PublishScheduled, document, $"定时发布《{document.Title}》");
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
