using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

internal static class RevisionExtensions
{
    /// <summary>Writes the document's current content as its next revision (same transaction as the change).</summary>
    public static void WriteRevision(this IAppDbContext db, Document document, string note, TimeProvider time, ICurrentUser user) =>
        db.DocumentRevisions.Add(new DocumentRevision(document, document.NextRevisionNumber(), note)
        {
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        });
}
