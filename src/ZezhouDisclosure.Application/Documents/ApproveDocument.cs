using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// A county reviewer approves a submitted document: it takes the next 索引号 of its organisation for the current
/// year and, when 主动公开, appears in its public column.
/// </summary>
public sealed record ApproveDocumentCommand(int Id, int Version) : ICommand<string>;

public sealed class ApproveDocumentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ApproveDocumentCommand, string>
{
    public async ValueTask<string> Handle(ApproveDocumentCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireReviewer();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (document.Status != DocumentStatus.Submitted)
        {
            throw new ConflictException("该信息不在待审核状态，可能已被其他审核员处理。");
        }

        var organisation = await db.Organisations.FirstAsync(o => o.Id == document.OrganisationId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var year = ChinaTime.Today(time).Year;
        var sequence = await db.IndexNumberSequences
            .FirstOrDefaultAsync(s => s.OrganisationId == organisation.Id && s.Year == year, cancellationToken);
        if (sequence is null)
        {
            sequence = new IndexNumberSequence(organisation.Id, year);
            db.IndexNumberSequences.Add(sequence);
        }

        var indexNumber = IndexNumber.Format(organisation.IndexCode, year, sequence.Next());
        db.ExpectVersion(document, command.Version);
        document.Approve(indexNumber, now, currentUser.UserName);
        db.Audit(
            "document.approve",
            document,
            document.Status == DocumentStatus.Published
                ? $"审核通过并发布《{document.Title}》，索引号 {indexNumber}"
                : $"审核通过《{document.Title}》（不主动公开），索引号 {indexNumber}");
        await db.SaveChangesAsync(cancellationToken);
        return indexNumber;
    }
}
