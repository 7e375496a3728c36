using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>Shared checks of the organisation administration use cases.</summary>
internal static class OrganisationRules
{
    /// <summary>A slug: lower-case letters, digits and hyphens (the unit's URL segment).</summary>
    public const string SlugPattern = "^[a-z0-9][a-z0-9-]{1,62}$";

    /// <summary>An 索引号 code: digits, letters and hyphens.</summary>
    public const string CodePattern = "^[0-9A-Za-z-]{1,32}$";

    /// <summary>The parent of each unit, for the cycle check.</summary>
    public static async Task<Func<int, int?>> ParentLookupAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var parents = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToDictionaryAsync(o => o.Id, o => o.ParentId, cancellationToken);
        return id => parents.GetValueOrDefault(id);
    }

    public static string KindName(OrganisationKind kind) => kind switch
    {
        OrganisationKind.CountyGovernment => "县人民政府",
        OrganisationKind.CountyOffice => "县政府办公室",
        OrganisationKind.Department => "县直部门",
        OrganisationKind.Township => "乡镇",
        OrganisationKind.Village => "村民委员会",
        OrganisationKind.Community => "居民委员会（社区）",
        OrganisationKind.OtherBody => "其他单位",
        _ => kind.ToString(),
    };
}
