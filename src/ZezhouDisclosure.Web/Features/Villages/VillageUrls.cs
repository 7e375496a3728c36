namespace ZezhouDisclosure.Web.Features.Villages;

/// <summary>
/// Public addresses of 村（居）务公开, under the township's 基层政务公开 page (cjgk = 村（居）务公开, gs = 公示栏, fj = 附件).
/// </summary>
public static class VillageUrls
{
    public static string Township(string townshipSlug) => $"/jczwgk/xz/{townshipSlug}/cjgk";

    public static string Village(string townshipSlug, string villageSlug) => $"/jczwgk/xz/{townshipSlug}/cjgk/{villageSlug}";

    public static string Posting(string townshipSlug, string villageSlug, int id) => $"{Village(townshipSlug, villageSlug)}/{id}";

    public static string Attachment(string townshipSlug, string villageSlug, int postingId, int attachmentId) =>
        $"{Posting(townshipSlug, villageSlug, postingId)}/fj/{attachmentId}";

    /// <summary>A posting's printable 公示 sheet (A4 unless <paramref name="size"/> is a3).</summary>
    public static string Sheet(string townshipSlug, string villageSlug, int id, string? size = null) =>
        $"{Posting(townshipSlug, villageSlug, id)}/gs{(size is null ? "" : "?size=" + size)}";

    /// <summary>The 公示 sheet of every posting of a period (month or quarter).</summary>
    public static string PeriodSheet(string townshipSlug, string villageSlug, Domain.Villages.VillagePeriodKind kind, int year, int number) =>
        $"{Village(townshipSlug, villageSlug)}/gs?kind={kind}&year={year}&n={number}";
}
