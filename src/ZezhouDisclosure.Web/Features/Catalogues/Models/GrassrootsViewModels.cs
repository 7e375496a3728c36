using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Organisations;

namespace ZezhouDisclosure.Web.Features.Catalogues.Models;

public sealed record GrassrootsIndexViewModel(IReadOnlyList<OrganisationSummary> Townships, IReadOnlyList<PilotAreaSummary> Areas);

public sealed record PilotAreaPageViewModel(
    PilotAreaSummary Area, IReadOnlyList<OrganisationSummary> Townships, AreaCatalogues? Catalogues = null, string? Keyword = null);
