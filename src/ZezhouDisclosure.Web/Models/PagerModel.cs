using System.Globalization;

namespace ZezhouDisclosure.Web.Models;

/// <summary>Paging links; <see cref="UrlTemplate"/> contains <c>{page}</c>.</summary>
public sealed record PagerModel(int Page, int TotalPages, int TotalCount, string UrlTemplate)
{
    public string UrlFor(int page) => UrlTemplate.Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
