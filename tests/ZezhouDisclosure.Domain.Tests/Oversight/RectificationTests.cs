using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Domain.Tests.Oversight;

public class RectificationTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    private static Rectification Notified() => new(7, 42, Today.AddDays(10), "请于期限内更新栏目。", Today, Now, "reviewer");

    [Fact]
    public void New_DueBeforeToday_Refused() =>
        Assert.Throws<DomainException>(() => new Rectification(7, 42, Today.AddDays(-1), "x", Today, Now, "reviewer"));

    [Fact]
    public void New_WithoutNotice_Refused() =>
        Assert.Throws<DomainException>(() => new Rectification(7, 42, Today, " ", Today, Now, "reviewer"));

    [Fact]
    public void Record_Open_MarksDone()
    {
        var r = Notified();
        r.Record("已补发信息。", Now, "clerk");
        Assert.Equal(RectificationStatus.Done, r.Status);
        Assert.Equal("已补发信息。", r.Note);
        Assert.False(r.CanRecord);
    }

    [Fact]
    public void Record_Twice_Refused()
    {
        var r = Notified();
        r.Record("已补发信息。", Now, "clerk");
        Assert.Throws<DomainException>(() => r.Record("again", Now, "clerk"));
    }

    [Fact]
    public void Record_BlankNote_Refused() => Assert.Throws<DomainException>(() => Notified().Record(" ", Now, "clerk"));

    [Fact]
    public void Verify_DoneButStillObserved_Reopens()
    {
        var r = Notified();
        r.Record("已补发信息。", Now, "clerk");
        Assert.Equal(RectificationVerdict.Reopened, r.Verify(stillObserved: true, Now));
        Assert.Equal(RectificationStatus.Open, r.Status);
        Assert.Equal(1, r.TimesReopened);
        Assert.True(r.CanRecord);
    }

    [Fact]
    public void Verify_Gone_Verified()
    {
        var r = Notified();
        r.Record("已补发信息。", Now, "clerk");
        Assert.Equal(RectificationVerdict.Verified, r.Verify(stillObserved: false, Now));
        Assert.Equal(RectificationStatus.Verified, r.Status);
        Assert.Equal(Now, r.VerifiedAt);
        Assert.Equal(RectificationVerdict.Unchanged, r.Verify(stillObserved: true, Now));
    }

    [Fact]
    public void Verify_OpenAndStillObserved_Unchanged()
    {
        var r = Notified();
        Assert.Equal(RectificationVerdict.Unchanged, r.Verify(stillObserved: true, Now));
        Assert.Equal(RectificationStatus.Open, r.Status);
        Assert.Equal(0, r.TimesReopened);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void IsOverdue_AfterTheDueDay(int daysLater, bool overdue) =>
        Assert.Equal(overdue, Notified().IsOverdue(Today.AddDays(daysLater)));

    [Fact]
    public void IsOverdue_Verified_Never()
    {
        var r = Notified();
        r.Verify(stillObserved: false, Now);
        Assert.False(r.IsOverdue(Today.AddDays(100)));
    }
}
