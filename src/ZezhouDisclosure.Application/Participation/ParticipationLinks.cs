using System.Globalization;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>Public addresses of 公众参与 pages, for the search index and the inspector's links (the web's ParticipationUrls uses them).</summary>
public static class ParticipationLinks
{
    public static string Consultation(int id) => "/gzcy/zqyj/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A published 参与事项目录 (ml = 目录).</summary>
    public static string Catalogue(int id) => "/gzcy/ml/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A published 列席 / 访谈 record (jl = 记录).</summary>
    public static string Record(int id) => "/gzcy/jl/" + id.ToString(CultureInfo.InvariantCulture);
}
