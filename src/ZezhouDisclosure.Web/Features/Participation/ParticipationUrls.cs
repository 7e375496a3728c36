using ZezhouDisclosure.Application.Participation;

namespace ZezhouDisclosure.Web.Features.Participation;

/// <summary>Public addresses of 公众参与 (gzcy = 公众参与, zqyj = 征求意见, yj = 意见).</summary>
public static class ParticipationUrls
{
    public const string Index = "/gzcy";

    public static string Unit(string slug) => $"/gzcy/jg/{slug}";

    public static string Consultation(int id) => ParticipationLinks.Consultation(id);

    public static string CommentForm(int id) => Consultation(id) + "/yj";
}
