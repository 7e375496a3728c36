using System.Globalization;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The public address of a 征求意见, for the search index and the inspector's links (the web's ParticipationUrls uses it).</summary>
public static class ParticipationLinks
{
    public static string Consultation(int id) => "/gzcy/zqyj/" + id.ToString(CultureInfo.InvariantCulture);
}
