using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Models;

public sealed record SearchViewModel(string Query, PagedList<PublicDocumentRow>? Results);
