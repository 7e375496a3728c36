using ZezhouDisclosure.Application.Villages;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Web.Features.Villages.Models;

/// <summary>The posting form: the command's fields, the village, and the posting's page when it exists.</summary>
public sealed record VillagePostingPage(VillageSummary Village, SaveVillagePostingCommand Form, VillagePostingDetails? Posting, bool CanWrite, bool CanReview);

/// <summary>The 公开事项清单 page: the village with its rows, and the form for a new row or the row being edited.</summary>
public sealed record VillageCataloguePage(VillageWorkspace Workspace, SaveVillageCatalogueItemCommand Form);

/// <summary>The import preview: each row and its problem, and the lines to post back.</summary>
public sealed record VillageImportPreview(IReadOnlyList<VillageImportCheck> Checks)
{
    public int Valid => Checks.Count(c => c.IsValid);

    public int Invalid => Checks.Count - Valid;
}

/// <summary>The posted lines of a previewed sheet (hidden fields), imported all or valid only.</summary>
public sealed class VillageImportForm
{
    public List<VillageImportLine> Lines { get; set; } = [];

    public bool ValidRowsOnly { get; set; }
}

/// <summary>Default values of a new posting: this month's 财务公开 with a 公示期 of ten days.</summary>
public static class VillagePostingDefaults
{
    public static SaveVillagePostingCommand For(int villageId, DateOnly today) =>
        new(null, 0, villageId, VillagePostingCategory.Finance, VillagePeriodKind.Monthly, today.AddMonths(-1).Year, today.AddMonths(-1).Month,
            null, null, null, today, today.AddDays(9), null);
}
