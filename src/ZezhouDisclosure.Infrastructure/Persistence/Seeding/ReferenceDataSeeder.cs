using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Inserts the reference data that is missing and leaves everything that exists alone, so administrators' later
/// edits survive every start. Safe to run on every start and from the <c>migrate</c> command.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedRolesAsync(cancellationToken);
        await SeedOrganisationsAsync(cancellationToken);
        await SeedPilotAreasAsync(cancellationToken);
        await SeedColumnsAsync(cancellationToken);
        await SeedTopicCategoriesAsync(cancellationToken);
    }

    private async Task SeedRolesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Where(r => !existing.Contains(r)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedOrganisationsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Slug, cancellationToken);
        var order = 0;

        Organisation Ensure(string slug, string name, OrganisationKind kind, string indexCode, Action<Organisation>? configure = null)
        {
            order++;
            if (existing.TryGetValue(slug, out var organisation))
            {
                // Installations seeded before legal names existed get theirs once; a name an administrator set stays.
                if (organisation.LegalName is null && Organisation.DefaultLegalName(organisation.Name, organisation.Kind) != organisation.Name)
                {
                    organisation.SetLegalName(Organisation.DefaultLegalName(organisation.Name, organisation.Kind));
                }

                return organisation;
            }

            organisation = new Organisation(slug, name, kind, indexCode, order);
            organisation.SetLegalName(Organisation.DefaultLegalName(name, kind));
            configure?.Invoke(organisation);
            db.Organisations.Add(organisation);
            existing[slug] = organisation;
            return organisation;
        }

        Ensure(ReferenceData.CountyBodies[0].Slug, ReferenceData.CountyBodies[0].Name, OrganisationKind.CountyGovernment, ReferenceData.CountyBodies[0].IndexCode);
        Ensure(ReferenceData.CountyBodies[1].Slug, ReferenceData.CountyBodies[1].Name, OrganisationKind.CountyOffice, ReferenceData.CountyBodies[1].IndexCode,
            o => o.SetProvenance(false, "县政务公开领导小组办公室设在县政府办公室（泽政办发〔2020〕22号 五（一））。"));
        foreach (var (slug, name, code) in ReferenceData.Departments)
        {
            Ensure(slug, name, OrganisationKind.Department, code, o => o.SetProvenance(false, ReferenceData.SeedSource));
        }

        foreach (var (slug, name, code) in ReferenceData.ContinuingTowns)
        {
            Ensure(slug, name, OrganisationKind.Township, code, o =>
            {
                o.SetTownship("镇", code);
                o.SetProvenance(false, ReferenceData.StatisticalCodeNote);
            });
        }

        var adjustment = ReferenceData.TownshipAdjustment;
        var chuandi = Ensure("chuandi", "川底镇", OrganisationKind.Township, "140525114", o =>
        {
            o.SetTownship("镇", "140525114");
            o.SetValidity(adjustment, null, null);
            o.SetProvenance(true, ReferenceData.StatisticalCodeNote + "设立日期为" + ReferenceData.InferredTownshipNote);
        });
        var nanling = Ensure("nanling", "南岭镇", OrganisationKind.Township, "140525115", o =>
        {
            o.SetTownship("镇", "140525115");
            o.SetValidity(adjustment, null, null);
            o.SetProvenance(true, ReferenceData.StatisticalCodeNote + "设立日期为" + ReferenceData.InferredTownshipNote);
        });
        await db.SaveChangesAsync(cancellationToken);

        var lastDay = adjustment.AddDays(-1);
        Ensure("chuandixiang", "川底乡", OrganisationKind.Township, "140525201", o =>
        {
            o.SetTownship("乡", null);
            o.SetValidity(null, lastDay, chuandi.Id);
            o.SetProvenance(true, ReferenceData.InferredTownshipNote);
        });
        Ensure("nanlingxiang", "南岭乡", OrganisationKind.Township, "140525202", o =>
        {
            o.SetTownship("乡", null);
            o.SetValidity(null, lastDay, nanling.Id);
            o.SetProvenance(true, ReferenceData.InferredTownshipNote);
        });
        Ensure("lizhaixiang", "李寨乡", OrganisationKind.Township, "140525203", o =>
        {
            o.SetTownship("乡", null);
            o.SetValidity(null, lastDay, nanling.Id);
            o.SetProvenance(true, ReferenceData.InferredTownshipNote);
        });

        // A note seeded in an earlier wording (which named an internal document on a public page) is corrected;
        // a note an administrator wrote is left alone.
        foreach (var organisation in existing.Values.Where(o => o.SourceNote is not null))
        {
            var note = ReferenceData.RetiredTownshipNotes.Aggregate(organisation.SourceNote!, (text, retired) => text.Replace(retired, ReferenceData.InferredTownshipNote, StringComparison.Ordinal));
            if (note != organisation.SourceNote)
            {
                organisation.SetProvenance(organisation.IsInferred, note);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedPilotAreasAsync(CancellationToken cancellationToken)
    {
        var existing = await db.PilotAreas.Select(a => a.Slug).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        var added = new List<(PilotArea Area, string[] Units)>();
        foreach (var (number, slug, name, row, units) in ReferenceData.PilotAreas.Where(a => !existing.Contains(a.Slug)))
        {
            var area = new PilotArea(number, slug, name, row);
            db.PilotAreas.Add(area);
            added.Add((area, units));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (area, units) in added)
        {
            foreach (var unit in units)
            {
                area.AssignResponsibleUnit(organisations[unit]);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedColumnsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Columns.ToDictionaryAsync(c => c.Path, cancellationToken);
        var order = 0;
        foreach (var seed in ReferenceData.Columns)
        {
            order++;
            var path = seed.ParentPath.Length == 0 ? seed.Slug : seed.ParentPath + "/" + seed.Slug;
            if (existing.ContainsKey(path))
            {
                continue;
            }

            var parent = seed.ParentPath.Length == 0 ? null : existing[seed.ParentPath];
            var column = new Column(parent, seed.Slug, seed.Name, seed.Kind, order, seed.AcceptsDocuments);
            column.Describe(seed.Description, seed.LegalBasis);
            db.Columns.Add(column);
            existing[path] = column;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SeedTopicCategoriesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.TopicCategories.Select(t => t.Name).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var name in ReferenceData.TopicCategories)
        {
            order++;
            if (!existing.Contains(name))
            {
                db.TopicCategories.Add(new TopicCategory(name, order));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
