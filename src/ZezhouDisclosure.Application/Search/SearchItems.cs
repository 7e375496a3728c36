using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Search;

/// <summary>
/// Reads what the public may find from the database and shapes it for the search index: published documents and
/// 解读 (withdrawn, deleted, unpublished ones are simply not returned), and the rows of each township's current
/// published catalogue version.
/// </summary>
public sealed class SearchItems(IAppDbContext db)
{
    public const string ColumnOfCatalogues = "基层政务公开";

    public static string DocumentKey(int id) => "doc:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string CatalogueGroup(int townshipId) => "catalogue:" + townshipId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A published catalogue row's own page (the same address in every version: the township's working row).</summary>
    public static string CatalogueItemUrl(string townshipSlug, int itemId) =>
        $"/jczwgk/xz/{townshipSlug}/bzml/sx/{itemId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The published documents among <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyList<SearchItem>> DocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        return await DocumentsWhereAsync(db.Documents.Where(d => ids.Contains(d.Id)), cancellationToken);
    }

    /// <summary>
    /// The next <paramref name="size"/> published documents with an id above <paramref name="afterId"/>, in id order
    /// (keyset batches), and the last id read (null when there are no more).
    /// </summary>
    public async Task<(IReadOnlyList<SearchItem> Items, int? LastId)> DocumentBatchAsync(int afterId, int size, CancellationToken cancellationToken)
    {
        var ids = await db.Documents.AsNoTracking()
            .Where(d => d.Id > afterId && d.Status == DocumentStatus.Published)
            .OrderBy(d => d.Id).Select(d => d.Id).Take(size).ToListAsync(cancellationToken);
        return ids.Count == 0 ? ([], null) : (await DocumentsAsync(ids, cancellationToken), ids[^1]);
    }

    /// <summary>Ids of published documents of these organisations or in these columns (after a rename).</summary>
    public async Task<IReadOnlyList<int>> DocumentIdsOfAsync(
        IReadOnlyCollection<int> organisationIds, IReadOnlyCollection<int> columnIds, CancellationToken cancellationToken) =>
        organisationIds.Count == 0 && columnIds.Count == 0
            ? []
            : await db.Documents.AsNoTracking()
                .Where(d => d.Status == DocumentStatus.Published
                    && (organisationIds.Contains(d.OrganisationId) || columnIds.Contains(d.ColumnId)))
                .Select(d => d.Id).ToListAsync(cancellationToken);

    /// <summary>Townships that have a published catalogue version.</summary>
    public async Task<IReadOnlyList<int>> CatalogueTownshipIdsAsync(CancellationToken cancellationToken) =>
        await db.CatalogueVersions.AsNoTracking().Select(v => v.OrganisationId).Distinct().ToListAsync(cancellationToken);

    /// <summary>The involved rows of the township's current published catalogue version (none before approval).</summary>
    public async Task<IReadOnlyList<SearchItem>> CatalogueAsync(int townshipId, CancellationToken cancellationToken)
    {
        var township = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == townshipId).Select(o => new { o.Name, o.Slug }).FirstOrDefaultAsync(cancellationToken);
        var version = township is null
            ? null
            : await db.CatalogueVersions.AsNoTracking().Include(v => v.Items)
                .Where(v => v.OrganisationId == townshipId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (township is null || version is null)
        {
            return [];
        }

        var group = CatalogueGroup(townshipId);
        var year = ChinaTime.ToBeijing(version.ApprovedAt).Year;
        return version.Items.Where(i => !i.NotInvolved).OrderBy(i => i.Number).Select(i =>
        {
            var names = string.Join("／", new[] { i.Level1, i.Level2, i.Level3 }.Where(n => !string.IsNullOrWhiteSpace(n)));
            return new SearchItem(
                $"{group}:{i.Number}", SearchKind.CatalogueItem, $"{township.Name} · {names}",
                CatalogueItemUrl(township.Slug, i.SourceItemId), version.ApprovedAt, group)
            {
                Body = string.Join("\n", new[] { i.Content, i.Basis, i.TimeLimit, i.Subject }.Where(t => !string.IsNullOrWhiteSpace(t))),
                Organisation = township.Name,
                Column = ColumnOfCatalogues,
                PilotAreas = i.PilotAreaId is null ? [CatalogueDiff.CommonArea] : [i.AreaName],
                Year = year,
            };
        }).ToList();
    }

    private async Task<IReadOnlyList<SearchItem>> DocumentsWhereAsync(IQueryable<Document> documents, CancellationToken cancellationToken)
    {
        var rows = await (
            from d in documents.AsNoTracking()
            where d.Status == DocumentStatus.Published
            join o in db.Organisations on d.OrganisationId equals o.Id
            join c in db.Columns on d.ColumnId equals c.Id
            select new
            {
                d.Id, d.Title, d.BodyHtml, d.Summary, d.Keywords, d.DocumentNumber, d.IndexNumber, d.PublishedAt, d.Genre,
                d.Validity, d.InterpretationForm, Organisation = o.Name, Column = c.Name,
            }).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        // Reviewed use of IgnoreQueryFilters: the organisation scope of whoever triggered the re-index (a clerk of
        // another unit) must not hide a township's filing; only the public area name of a published document is read.
        var areas = (await (
                from f in db.CatalogueItemDocuments.IgnoreQueryFilters().AsNoTracking()
                where ids.Contains(f.DocumentId)
                join i in db.TownshipCatalogues.IgnoreQueryFilters().SelectMany(t => t.Items) on f.TownshipCatalogueItemId equals i.Id
                join a in db.PilotAreas on i.PilotAreaId equals (int?)a.Id
                select new { f.DocumentId, a.Name }).ToListAsync(cancellationToken))
            .ToLookup(x => x.DocumentId, x => x.Name);
        var attachments = await AttachmentTextsAsync(ids, cancellationToken);
        return rows.Select(d => new SearchItem(
            DocumentKey(d.Id), d.InterpretationForm is null ? SearchKind.Document : SearchKind.Interpretation, d.Title,
            $"/xxgk/doc/{d.Id}", d.PublishedAt!.Value)
        {
            Summary = d.Summary,
            Body = HtmlText.ToPlainText(d.BodyHtml),
            Keywords = d.Keywords,
            ExtraTexts = attachments[d.Id].ToList(),
            DocumentNumber = d.DocumentNumber,
            IndexNumber = d.IndexNumber,
            Organisation = d.Organisation,
            Column = d.Column,
            PilotAreas = areas[d.Id].Distinct().ToList(),
            Year = ChinaTime.ToBeijing(d.PublishedAt!.Value).Year,
            Type = d.Genre,
            Validity = DocumentLabels.Of(d.Validity),
        }).ToList();
    }

    /// <summary>The extracted text of the live attachments (PDF, DOCX) of the documents <paramref name="ids"/>.</summary>
    private async Task<ILookup<int, string>> AttachmentTextsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        (await db.DocumentAttachments.AsNoTracking()
            .Where(a => ids.Contains(a.DocumentId) && a.ExtractedText != null && a.ExtractedText != "")
            .OrderBy(a => a.DocumentId).ThenBy(a => a.SortOrder)
            .Select(a => new { a.DocumentId, Text = a.ExtractedText! })
            .ToListAsync(cancellationToken))
        .ToLookup(a => a.DocumentId, a => a.Text);
}
