using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Creates the county template of every pilot area that has none yet, from the national guideline rows. A template
/// that was seeded earlier with only the generic structure and never edited since (revision 1, still 待完善) is
/// brought up to the guideline rows as a new revision; a template the responsible department has edited is never
/// touched: its edits win.
/// </summary>
public sealed class CatalogueTemplateSeeder(AppDbContext db)
{
    public const string InitialSummary = "初始版本（依据国家标准指引）";
    public const string UpgradeSummary = "依据国家标准指引补充完善（替换原通用结构）";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Only templates the seeder may still change are loaded with their rows: an area without a template, or a
        // template still at revision 1 and flagged for completion (ReplaceSeededRows leaves every other one alone).
        // On an installed portal that is none, and start-up no longer reads every template's rows (docs/performance.md).
        var existing = await db.CatalogueTemplates.Select(t => t.PilotAreaId).ToListAsync(cancellationToken);
        var upgradable = await db.CatalogueTemplates.Include(t => t.Items)
            .Where(t => t.NeedsCompletion && t.Revision == 1)
            .ToDictionaryAsync(t => t.PilotAreaId, cancellationToken);
        var areas = await db.PilotAreas.OrderBy(a => a.Number).ToListAsync(cancellationToken);
        foreach (var area in areas.Where(a => upgradable.ContainsKey(a.Id) || !existing.Contains(a.Id)))
        {
            var (note, rows) = CatalogueTemplateData.For(area.Slug);
            if (upgradable.TryGetValue(area.Id, out var old))
            {
                old.ReplaceSeededRows(rows, note, UpgradeSummary);
                continue;
            }

            var template = new CatalogueTemplate(area.Id, false, note);
            foreach (var row in rows)
            {
                template.Seed(row);
            }

            template.RecordRevision(InitialSummary);
            db.CatalogueTemplates.Add(template);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
