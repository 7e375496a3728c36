using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Features.Disclosure.Models;

public sealed record OrganisationPageViewModel(OrganisationSummary Organisation, PagedList<PublicDocumentRow> Documents);
