using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Creates the county template of every pilot area that has none yet. A template that exists is never touched:
/// the responsible department's edits win.
/// </summary>
public sealed class CatalogueTemplateSeeder(AppDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.CatalogueTemplates.Select(t => t.PilotAreaId).ToListAsync(cancellationToken);
        var areas = await db.PilotAreas.OrderBy(a => a.Number).ToListAsync(cancellationToken);
        foreach (var area in areas.Where(a => !existing.Contains(a.Id)))
        {
            var (needsCompletion, note, rows) = CatalogueTemplateData.For(area.Slug, area.Name);
            var template = new CatalogueTemplate(area.Id, needsCompletion, note);
            foreach (var row in rows)
            {
                template.Seed(row);
            }

            template.RecordRevision(needsCompletion ? "初始版本（通用结构，待责任单位完善）" : "初始版本（依据国家标准指引）");

            db.CatalogueTemplates.Add(template);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
