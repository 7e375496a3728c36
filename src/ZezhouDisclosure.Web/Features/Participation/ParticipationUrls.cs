using ZezhouDisclosure.Application.Participation;

namespace ZezhouDisclosure.Web.Features.Participation;

/// <summary>Public addresses of 公众参与 (gzcy = 公众参与, zqyj = 征求意见, yj = 意见).</summary>
public static class ParticipationUrls
{
    public const string Index = "/gzcy";

    public static string Unit(string slug) => $"/gzcy/jg/{slug}";

    public static string Consultation(int id) => ParticipationLinks.Consultation(id);

    public static string CommentForm(int id) => Consultation(id) + "/yj";

    /// <summary>A file of a published consultation (fj = 附件).</summary>
    public static string Attachment(int id, int attachmentId) => Consultation(id) + "/fj/" + attachmentId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A published 参与事项目录 (ml = 目录).</summary>
    public static string Catalogue(int id) => ParticipationLinks.Catalogue(id);

    /// <summary>The county's 列席 column (lx = 列席).</summary>
    public const string Attendance = "/gzcy/lx";

    /// <summary>The county's 访谈 column (ft = 访谈).</summary>
    public const string Interviews = "/gzcy/ft";

    /// <summary>A published 列席 / 访谈 record (jl = 记录).</summary>
    public static string Record(int id) => ParticipationLinks.Record(id);
}
