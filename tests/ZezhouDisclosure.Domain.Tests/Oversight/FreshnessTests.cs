using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Domain.Tests.Oversight;

public class FreshnessTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    /// <summary>Beijing noon of the day <paramref name="daysAgo"/> before <see cref="Today"/>, in UTC.</summary>
    private static DateTime DaysAgo(int daysAgo) => Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(4, 0), DateTimeKind.Utc);

    [Theory]
    [InlineData(0, false)]
    [InlineData(13, false)]
    [InlineData(14, false)] // “within 14 days”: the 14th day still counts
    [InlineData(15, true)]
    [InlineData(30, true)]
    public void IsStale_FourteenDayRule_DayFifteenIsStale(int daysAgo, bool stale) =>
        Assert.Equal(stale, Freshness.IsStale(DaysAgo(daysAgo), Today, FreshnessLimit.OfDays(14)));

    [Fact]
    public void IsStale_NeverPublished_IsStale() => Assert.True(Freshness.IsStale(null, Today, FreshnessLimit.OfDays(14)));

    [Fact]
    public void IsStale_CountsBeijingDays_LateEveningUtcIsTheNextDay()
    {
        // 2026-11-12 17:00 UTC is 2026-11-13 01:00 in Beijing: 14 days before the 27th, still fresh.
        var published = new DateTime(2026, 11, 12, 17, 0, 0, DateTimeKind.Utc);
        Assert.False(Freshness.IsStale(published, Today, FreshnessLimit.OfDays(14)));
        Assert.True(Freshness.IsStale(published.AddHours(-2), Today, FreshnessLimit.OfDays(14)));
    }

    [Theory]
    [InlineData("2026-05-27", false)] // exactly six months ago
    [InlineData("2026-05-26", true)]
    [InlineData("2026-10-01", false)]
    public void IsStale_SixMonthRule_CountsCalendarMonths(string published, bool stale)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        Assert.Equal(stale, Freshness.IsStale(day, Today, FreshnessLimit.OfMonths(6)));
    }

    [Fact]
    public void DaysSince_CountsWholeBeijingDays()
    {
        Assert.Equal(15, Freshness.DaysSince(DaysAgo(15), Today));
        Assert.Null(Freshness.DaysSince(null, Today));
    }

    [Fact]
    public void Label_SaysDaysOrMonths()
    {
        Assert.Equal("14 天", FreshnessLimit.OfDays(14).Label);
        Assert.Equal("6 个月", FreshnessLimit.OfMonths(6).Label);
    }

    [Fact]
    public void Bursts_ManyItemsAfterLongSilence_Reported()
    {
        var dates = new List<DateTime> { DaysAgo(60) };
        dates.AddRange(Enumerable.Repeat(DaysAgo(20), 10));
        var bursts = Freshness.Bursts(dates, minimumItems: 10, silenceDays: 30);
        var burst = Assert.Single(bursts);
        Assert.Equal(Today.AddDays(-20), burst.Day);
        Assert.Equal(10, burst.Items);
        Assert.Equal(39, burst.SilentDays);
    }

    [Theory]
    [InlineData(9, 39)] // one item short
    [InlineData(10, 29)] // silence one day short
    public void Bursts_BelowEitherThreshold_NotReported(int items, int silentDays)
    {
        var dates = new List<DateTime> { DaysAgo(20 + silentDays + 1) };
        dates.AddRange(Enumerable.Repeat(DaysAgo(20), items));
        Assert.Empty(Freshness.Bursts(dates, minimumItems: 10, silenceDays: 30));
    }

    [Fact]
    public void Bursts_AtBothThresholds_Reported()
    {
        var dates = new List<DateTime> { DaysAgo(51) };
        dates.AddRange(Enumerable.Repeat(DaysAgo(20), 10));
        Assert.Single(Freshness.Bursts(dates, minimumItems: 10, silenceDays: 30));
    }

    [Fact]
    public void Bursts_FirstDayEver_NotABurst() =>
        Assert.Empty(Freshness.Bursts(Enumerable.Repeat(DaysAgo(5), 20), minimumItems: 10, silenceDays: 30));
}
