using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Organisations;

namespace ZezhouDisclosure.Web.Features.Catalogues.Models;

public sealed record GrassrootsIndexViewModel(IReadOnlyList<OrganisationSummary> Townships, IReadOnlyList<PilotAreaSummary> Areas);

public sealed record PilotAreaPageViewModel(
    PilotAreaSummary Area, IReadOnlyList<OrganisationSummary> Townships, AreaCatalogues? Catalogues = null, string? Keyword = null);

/// <summary>The keyword box of the public catalogue and area pages.</summary>
public static class CatalogueSearch
{
    /// <summary>Longest keyword the box accepts (the lists are filtered in memory, a longer phrase finds nothing).</summary>
    public const int KeywordLength = 50;
}
