using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>One published text the inspector reads: a body or an attachment's extracted text.</summary>
internal sealed record PublishedText(int OrganisationId, int DocumentId, string Title, int? AttachmentId, string? AttachmentName, string Html, string Text)
{
    public string Subject => AttachmentId is { } a ? $"attachment:{a}" : $"document:{DocumentId}";

    public string Where => AttachmentId is null ? $"《{Title}》正文" : $"《{Title}》附件“{AttachmentName}”";
}

/// <summary>Streams published bodies and attachment texts in batches (keyset by id), so 200 000 items never sit in memory at once.</summary>
internal static partial class PublishedTexts
{
    private const int Batch = 500;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    public static string PlainText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    public static async IAsyncEnumerable<PublishedText> ReadAsync(IAppDbContext db, ComplianceCheckContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0;
        while (true)
        {
            var documents = await InspectionScope.Published(db, context).Where(d => d.Id > after).OrderBy(d => d.Id).Take(Batch)
                .Select(d => new { d.Id, d.OrganisationId, d.Title, d.BodyHtml }).ToListAsync(cancellationToken);
            if (documents.Count == 0)
            {
                yield break;
            }

            var ids = documents.Select(d => d.Id).ToList();
            var attachments = await db.DocumentAttachments.AsNoTracking()
                .Where(a => ids.Contains(a.DocumentId) && a.ExtractedText != null && a.ExtractedText != "")
                .Select(a => new { a.Id, a.DocumentId, a.FileName, a.DisplayName, a.ExtractedText }).ToListAsync(cancellationToken);
            foreach (var d in documents)
            {
                yield return new PublishedText(d.OrganisationId, d.Id, d.Title, null, null, d.BodyHtml, PlainText(d.BodyHtml));
                foreach (var a in attachments.Where(a => a.DocumentId == d.Id))
                {
                    yield return new PublishedText(d.OrganisationId, d.Id, d.Title, a.Id, a.DisplayName ?? a.FileName, "", a.ExtractedText!);
                }
            }

            after = documents[^1].Id;
            await context.PaceAsync(cancellationToken);
        }
    }
}
