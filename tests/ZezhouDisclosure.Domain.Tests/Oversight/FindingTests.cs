using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Domain.Tests.Oversight;

public class FindingTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    private static Finding New() => new("column.stale", 7, "column:3", FindingLevel.Deduction, "栏目不更新", "证据", "/xxgk", Now);

    [Fact]
    public void New_FirstAndLastSeenNow_Open()
    {
        var f = New();
        Assert.Equal(Now, f.FirstSeenAt);
        Assert.Equal(Now, f.LastSeenAt);
        Assert.True(f.IsOpen);
        Assert.Equal("column.stale|7|column:3", f.Key());
    }

    [Fact]
    public void New_WithoutSubject_Refused() =>
        Assert.Throws<DomainException>(() => new Finding("x", 1, " ", FindingLevel.Notice, "r", "e", null, Now));

    [Fact]
    public void Observe_Again_KeepsFirstSeenUpdatesLastSeenAndEvidence()
    {
        var f = New();
        f.Observe(FindingLevel.Veto, "栏目不更新", "新证据", null, Now.AddDays(1));
        Assert.Equal(Now, f.FirstSeenAt);
        Assert.Equal(Now.AddDays(1), f.LastSeenAt);
        Assert.Equal("新证据", f.Evidence);
        Assert.Equal(FindingLevel.Veto, f.Level);
        Assert.Equal(0, f.TimesReopened);
    }

    [Fact]
    public void Close_ThenObserve_ReopensTheSameFinding()
    {
        var f = New();
        Assert.True(f.Close(Now.AddDays(1)));
        Assert.False(f.Close(Now.AddDays(2)));
        Assert.Equal(Now.AddDays(1), f.ClosedAt);
        f.Observe(FindingLevel.Deduction, "栏目不更新", "证据", null, Now.AddDays(3));
        Assert.True(f.IsOpen);
        Assert.Equal(1, f.TimesReopened);
    }

    [Fact]
    public void Observe_LongEvidence_Cut()
    {
        var f = New();
        f.Observe(FindingLevel.Notice, "r", new string('字', 2000), null, Now);
        Assert.Equal(Finding.EvidenceLength, f.Evidence.Length);
        Assert.EndsWith("…", f.Evidence, StringComparison.Ordinal);
    }
}
