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

    [Fact]
    public void New_DueToday_AcceptedOpenWithWhoAndWhen()
    {
        var r = new Rectification(7, 42, Today, "  请更新栏目。 ", Today, Now, "reviewer");
        Assert.Equal(7, r.OrganisationId);
        Assert.Equal(42, r.FindingId);
        Assert.Equal(Today, r.DueOn);
        Assert.Equal("请更新栏目。", r.Notice);
        Assert.Equal(Now, r.NotifiedAt);
        Assert.Equal("reviewer", r.NotifiedBy);
        Assert.Equal(RectificationStatus.Open, r.Status);
        Assert.True(r.CanRecord);
        Assert.Null(r.Note);
        Assert.Null(r.DoneAt);
        Assert.Null(r.VerifiedAt);
        Assert.Equal(0, r.TimesReopened);
    }

    [Fact]
    public void New_DueYesterday_RefusedWithMessage() =>
        Assert.Equal("整改期限不能早于今天。", Assert.Throws<DomainException>(() => new Rectification(7, 42, Today.AddDays(-1), "x", Today, Now, "reviewer")).Message);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void New_BlankNotice_RefusedWithMessage(string notice) =>
        Assert.Equal("请填写通报内容。", Assert.Throws<DomainException>(() => new Rectification(7, 42, Today, notice, Today, Now, "reviewer")).Message);

    [Fact]
    public void Record_KeepsTrimmedNoteWhoAndWhen()
    {
        var r = Notified();
        r.Record("  已补发信息。 ", Now.AddHours(1), "clerk");
        Assert.Equal("已补发信息。", r.Note);
        Assert.Equal(Now.AddHours(1), r.DoneAt);
        Assert.Equal("clerk", r.DoneBy);
    }

    [Fact]
    public void Record_Done_RefusedAwaitingVerification() =>
        Assert.Equal("该整改已标记完成，等待监测复核。", Assert.Throws<DomainException>(() =>
        {
            var r = Notified();
            r.Record("已补发信息。", Now, "clerk");
            r.Record("again", Now, "clerk");
        }).Message);

    [Fact]
    public void Record_Verified_RefusedAlreadyClosed()
    {
        var r = Notified();
        r.Verify(stillObserved: false, Now);
        Assert.False(r.CanRecord);
        Assert.Equal("该整改已销号。", Assert.Throws<DomainException>(() => r.Record("x", Now, "clerk")).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Record_BlankNote_RefusedWithMessageStillOpen(string note)
    {
        var r = Notified();
        Assert.Equal("请填写整改情况。", Assert.Throws<DomainException>(() => r.Record(note, Now, "clerk")).Message);
        Assert.Equal(RectificationStatus.Open, r.Status);
        Assert.Null(r.Note);
    }

    [Fact]
    public void Verify_OpenAndGone_VerifiedWithoutRecord()
    {
        var r = Notified();
        Assert.Equal(RectificationVerdict.Verified, r.Verify(stillObserved: false, Now.AddDays(1)));
        Assert.Equal(RectificationStatus.Verified, r.Status);
        Assert.Equal(Now.AddDays(1), r.VerifiedAt);
        Assert.Equal(0, r.TimesReopened);
    }

    [Fact]
    public void Verify_VerifiedThenGoneAgain_UnchangedKeepsFirstVerification()
    {
        var r = Notified();
        r.Verify(stillObserved: false, Now);
        Assert.Equal(RectificationVerdict.Unchanged, r.Verify(stillObserved: false, Now.AddDays(5)));
        Assert.Equal(Now, r.VerifiedAt);
        Assert.Equal(RectificationStatus.Verified, r.Status);
    }

    [Fact]
    public void Verify_ReopenedThenDoneAndStillThere_CountsTwice()
    {
        var r = Notified();
        r.Record("一", Now, "clerk");
        r.Verify(stillObserved: true, Now);
        r.Record("二", Now, "clerk");
        Assert.Equal(RectificationVerdict.Reopened, r.Verify(stillObserved: true, Now));
        Assert.Equal(2, r.TimesReopened);
        Assert.Null(r.VerifiedAt);
    }

    [Fact]
    public void IsOverdue_DoneButNotVerified_StillOverdue()
    {
        var r = Notified();
        r.Record("已补发信息。", Now, "clerk");
        Assert.True(r.IsOverdue(Today.AddDays(11)));
    }
}
