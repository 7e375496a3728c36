namespace ZezhouDisclosure.Domain.Common;

/// <summary>
/// Beijing time (UTC+8, no daylight saving since 1991). Instants are stored in UTC; days that matter to the law
/// (成文日期, 索引号 year, working-day deadlines) are counted in Beijing time.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime ToBeijing(DateTime utc) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset, DateTimeKind.Unspecified);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToBeijing(time.GetUtcNow().UtcDateTime));
}
