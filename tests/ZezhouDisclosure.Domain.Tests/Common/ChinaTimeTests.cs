using Microsoft.Extensions.Time.Testing;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Tests.Common;

public class ChinaTimeTests
{
    [Theory]
    [InlineData("2026-12-31T15:59:59Z", "2026-12-31")]
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01")]
    [InlineData("2026-11-27T02:00:00Z", "2026-11-27")]
    public void Today_UtcInstant_IsTheBeijingCalendarDay(string utc, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChinaTime.Today(time));
    }

    [Fact]
    public void ToBeijing_UtcInstant_AddsEightHours()
    {
        var beijing = ChinaTime.ToBeijing(new DateTime(2026, 1, 1, 0, 30, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 1, 1, 8, 30, 0), beijing);
    }
}
