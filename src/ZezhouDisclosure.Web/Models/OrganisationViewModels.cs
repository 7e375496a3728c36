using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Models;

public sealed record OrganisationPageViewModel(OrganisationSummary Organisation, PagedList<PublicDocumentRow> Documents);

public sealed record GrassrootsIndexViewModel(IReadOnlyList<OrganisationSummary> Townships, IReadOnlyList<PilotAreaSummary> Areas);

public sealed record PilotAreaPageViewModel(
    PilotAreaSummary Area, IReadOnlyList<OrganisationSummary> Townships, AreaCatalogues? Catalogues = null, string? Keyword = null);
