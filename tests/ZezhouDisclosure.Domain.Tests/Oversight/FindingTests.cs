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

    [Fact]
    public void New_KeepsItsIdentityAndWhatWasSeen()
    {
        var f = New();
        Assert.Equal("column.stale", f.CheckCode);
        Assert.Equal(7, f.OrganisationId);
        Assert.Equal("column:3", f.Subject);
        Assert.Equal(FindingLevel.Deduction, f.Level);
        Assert.Equal("栏目不更新", f.RuleName);
        Assert.Equal("证据", f.Evidence);
        Assert.Equal("/xxgk", f.Link);
        Assert.Null(f.ClosedAt);
        Assert.Equal(0, f.TimesReopened);
    }

    [Theory]
    [InlineData("", "column:3")]
    [InlineData(" ", "column:3")]
    [InlineData("column.stale", "")]
    public void New_WithoutCodeOrSubject_RefusedWithMessage(string code, string subject) =>
        Assert.Equal("监测发现必须有规则代码和对象。", Assert.Throws<DomainException>(() =>
            new Finding(code, 1, subject, FindingLevel.Notice, "r", "e", null, Now)).Message);

    [Fact]
    public void New_SiteWide_KeyHasEmptyOrganisation()
    {
        var f = new Finding("home.stale", null, "home", FindingLevel.Veto, "首页不更新", "e", null, Now);
        Assert.Null(f.OrganisationId);
        Assert.Equal("home.stale||home", f.Key());
        Assert.Equal(Finding.Key("home.stale", null, "home"), f.Key());
        Assert.Null(f.Link);
    }

    [Fact]
    public void Observe_WhileOpen_DoesNotCountAReopen()
    {
        var f = New();
        f.Observe(FindingLevel.Deduction, "栏目不更新", "证据", "/a", Now.AddDays(1));
        f.Observe(FindingLevel.Deduction, "栏目不更新", "证据", "/b", Now.AddDays(2));
        Assert.Equal(0, f.TimesReopened);
        Assert.Null(f.ClosedAt);
        Assert.Equal("/b", f.Link);
    }

    [Fact]
    public void Observe_ReopenedTwice_CountsBothAndClearsClosedAt()
    {
        var f = New();
        f.Close(Now.AddDays(1));
        f.Observe(FindingLevel.Deduction, "r", "e", null, Now.AddDays(2));
        Assert.Null(f.ClosedAt);
        Assert.True(f.Close(Now.AddDays(3)));
        Assert.False(f.IsOpen);
        f.Observe(FindingLevel.Deduction, "r", "e", null, Now.AddDays(4));
        Assert.Equal(2, f.TimesReopened);
        Assert.Null(f.Link);
    }

    [Fact]
    public void Observe_TextsAtTheirLimit_KeptWhole()
    {
        var f = New();
        var rule = new string('规', Finding.RuleNameLength);
        var evidence = new string('证', Finding.EvidenceLength);
        var link = "/" + new string('l', Finding.LinkLength - 1);
        f.Observe(FindingLevel.Notice, rule, evidence, link, Now);
        Assert.Equal(rule, f.RuleName);
        Assert.Equal(evidence, f.Evidence);
        Assert.Equal(link, f.Link);
    }

    [Fact]
    public void Observe_TextsOneOverTheirLimit_CutWithAnEllipsis()
    {
        var f = New();
        f.Observe(FindingLevel.Notice, new string('规', Finding.RuleNameLength + 1), new string('证', Finding.EvidenceLength + 1), "/" + new string('l', Finding.LinkLength), Now);
        Assert.Equal(new string('规', Finding.RuleNameLength - 1) + "…", f.RuleName);
        Assert.Equal(new string('证', Finding.EvidenceLength - 1) + "…", f.Evidence);
        Assert.Equal(Finding.LinkLength, f.Link!.Length);
        Assert.EndsWith("l…", f.Link, StringComparison.Ordinal);
    }
}
