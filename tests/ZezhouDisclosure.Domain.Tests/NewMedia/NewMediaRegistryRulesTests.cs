using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Domain.Tests.NewMedia;

/// <summary>The registry's rules at their exact boundaries, messages and resulting state (account, monthly check, name and update rules).</summary>
public class NewMediaRegistryRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateOnly Opened = new(2026, 3, 10);
    private const string Notice = "因职能调整，本账号关停。";

    private static NewMediaAccountDetails Details(
        string name = "泽州高都镇", string id = "gaodu", string person = "张明", DateOnly? opened = null, string? approval = null,
        NewMediaPlatform platform = NewMediaPlatform.WeChat, string? applicant = null, string? @operator = null) =>
        new(platform, name, id, person, opened ?? Opened, approval, applicant, @operator);

    private static NewMediaAccount Account() => new(7, Details(), Today);

    private static string Refusal(Action action) => Assert.Throws<DomainException>(action).Message;

    [Fact]
    public void New_TrimsTheDetails_AndStartsRunning()
    {
        var account = new NewMediaAccount(7, Details(" 泽州高都镇 ", " gaodu ", " 张明 ", approval: "  ", applicant: " 党政办 ", @operator: " 融媒体中心 "), Today);

        Assert.Equal((7, NewMediaAccountStatus.Running, true), (account.OrganisationId, account.Status, account.IsRunning));
        Assert.Equal(("泽州高都镇", "gaodu", "张明"), (account.Name, account.AccountId, account.ResponsiblePerson));
        Assert.Null(account.Approval);
        Assert.Equal(("党政办", "融媒体中心"), (account.Applicant, account.Operator));
        Assert.Equal(Opened, account.OpenedOn);
        Assert.Null(account.ClosedOn);
        Assert.Null(account.ClosureNotice);
    }

    [Fact]
    public void New_ApprovalIsTrimmed() => Assert.Equal("县政务公开办", new NewMediaAccount(7, Details(approval: " 县政务公开办 "), Today).Approval);

    [Fact]
    public void New_OpenedToday_IsAccepted_Tomorrow_IsRefused()
    {
        Assert.Equal(Today, new NewMediaAccount(7, Details(opened: Today), Today).OpenedOn);
        Assert.Equal("开办日期不能晚于今天。", Refusal(() => _ = new NewMediaAccount(7, Details(opened: Today.AddDays(1)), Today)));
    }

    [Fact]
    public void New_EachMissingDetail_HasItsOwnMessage()
    {
        Assert.Equal("请选择平台。", Refusal(() => _ = new NewMediaAccount(7, Details(platform: (NewMediaPlatform)42), Today)));
        Assert.Equal("请填写账号名称。", Refusal(() => _ = new NewMediaAccount(7, Details(name: " "), Today)));
        Assert.Equal("请填写账号ID。", Refusal(() => _ = new NewMediaAccount(7, Details(id: ""), Today)));
        Assert.Equal("请填写负责人。", Refusal(() => _ = new NewMediaAccount(7, Details(person: "  "), Today)));
        Assert.Throws<ArgumentNullException>(() => _ = new NewMediaAccount(7, null!, Today));
    }

    [Fact]
    public void Edit_Rename_AndNewResponsiblePerson_SaysWhatChanged()
    {
        var account = Account();

        var changes = account.Edit(Details(name: "泽州高都镇发布", person: "李华", applicant: "党政办"), Today);

        Assert.Equal(["账号名称：泽州高都镇 → 泽州高都镇发布", "申请科室：未填写 → 党政办", "负责人：张明 → 李华"], changes);
        Assert.Equal(("泽州高都镇发布", "李华", "党政办"), (account.Name, account.ResponsiblePerson, account.Applicant));
    }

    [Fact]
    public void Edit_EveryField_IsNamedInTheChanges()
    {
        var account = new NewMediaAccount(7, Details(approval: "甲", @operator: "乙"), Today);

        var changes = account.Edit(
            Details("泽州高都镇二", "gaodu2", "李华", Opened.AddDays(1), null, NewMediaPlatform.Weibo, "党政办", null), Today);

        Assert.Equal(
        [
            "平台：微信公众号 → 微博", "账号名称：泽州高都镇 → 泽州高都镇二", "账号ID：gaodu → gaodu2", "开办日期：2026-03-10 → 2026-03-11",
            "开办审批：甲 → 未填写", "申请科室：未填写 → 党政办", "使用（运维）：乙 → 未填写", "负责人：张明 → 李华",
        ], changes);
        Assert.Equal(NewMediaPlatform.Weibo, account.Platform);
        Assert.Equal(Opened.AddDays(1), account.OpenedOn);
        Assert.Null(account.Operator);
    }

    [Fact]
    public void Edit_NothingChanged_IsRefused_AlsoWhenOnlySpacesDiffer()
    {
        var account = Account();

        Assert.Equal("没有修改任何登记内容。", Refusal(() => account.Edit(Details(" 泽州高都镇 "), Today)));
        Assert.Equal("泽州高都镇", account.Name);
    }

    [Fact]
    public void Edit_Invalid_IsRefused_AndChangesNothing()
    {
        var account = Account();

        Assert.Equal("请填写负责人。", Refusal(() => account.Edit(Details("新名称", person: ""), Today)));
        Assert.Equal(("泽州高都镇", "张明"), (account.Name, account.ResponsiblePerson));
    }

    [Fact]
    public void Edit_ClosedAccount_IsRefused()
    {
        var account = Account();
        account.Close(NewMediaAccountStatus.Closed, Today, Notice, Today);

        Assert.Equal("已关停或注销的账号不能修改。", Refusal(() => account.Edit(Details("新名称"), Today)));
        Assert.Equal("泽州高都镇", account.Name);
    }

    [Fact]
    public void ChangesFrom_SameDetails_IsEmpty_NullAndEmptyAreTheSame()
    {
        Assert.Empty(Details(approval: null).ChangesFrom(Details(approval: "")));
        Assert.Throws<ArgumentNullException>(() => Details().ChangesFrom(null!));
    }

    [Fact]
    public void Close_SetsStatusDateAndTrimmedNotice()
    {
        var account = Account();

        account.Close(NewMediaAccountStatus.Closed, Today.AddDays(-1), "  " + Notice + "  ", Today);

        Assert.Equal((NewMediaAccountStatus.Closed, Today.AddDays(-1), Notice), (account.Status, account.ClosedOn, account.ClosureNotice));
        Assert.False(account.IsRunning);
        Assert.Equal("该账号已关停或注销。", Refusal(() => account.Close(NewMediaAccountStatus.Cancelled, Today, Notice, Today)));
    }

    [Fact]
    public void Close_NoticeOfTenCharacters_IsAccepted_NineIsRefused()
    {
        var account = Account();
        const string message = "关停或注销账号须填写向公众发布的关停公告（不少于10个字）。";

        Assert.Equal(message, Refusal(() => account.Close(NewMediaAccountStatus.Closed, Today, " 一二三四五六七八九 ", Today)));
        Assert.Equal(message, Refusal(() => account.Close(NewMediaAccountStatus.Closed, Today, null, Today)));
        account.Close(NewMediaAccountStatus.Closed, Today, " 一二三四五六七八九十 ", Today);
        Assert.Equal("一二三四五六七八九十", account.ClosureNotice);
    }

    [Fact]
    public void Close_NoticeAtTheLimit_IsAccepted_OneMoreIsRefused()
    {
        var tooLong = Account();
        Assert.Equal($"关停公告不能超过{DataLimits.Reason}个字。", Refusal(() => tooLong.Close(NewMediaAccountStatus.Closed, Today, new string('字', DataLimits.Reason + 1), Today)));
        Assert.True(tooLong.IsRunning);

        var atLimit = Account();
        atLimit.Close(NewMediaAccountStatus.Closed, Today, new string('字', DataLimits.Reason), Today);
        Assert.Equal(DataLimits.Reason, atLimit.ClosureNotice!.Length);
    }

    [Fact]
    public void Close_StatusRunningOrUnknown_IsRefused()
    {
        var account = Account();

        Assert.Equal("请选择关停或注销。", Refusal(() => account.Close(NewMediaAccountStatus.Running, Today, Notice, Today)));
        Assert.Equal("请选择关停或注销。", Refusal(() => account.Close((NewMediaAccountStatus)9, Today, Notice, Today)));
        Assert.True(account.IsRunning);
    }

    [Fact]
    public void Close_OnTheOpeningDay_IsAccepted_TheDayBefore_OrAfterToday_IsRefused()
    {
        var account = Account();

        Assert.Equal("关停日期不能晚于今天。", Refusal(() => account.Close(NewMediaAccountStatus.Closed, Today.AddDays(1), Notice, Today)));
        Assert.Equal("关停日期不能早于开办日期。", Refusal(() => account.Close(NewMediaAccountStatus.Closed, Opened.AddDays(-1), Notice, Today)));
        account.Close(NewMediaAccountStatus.Cancelled, Opened, Notice, Today);
        Assert.Equal((NewMediaAccountStatus.Cancelled, Opened), (account.Status, account.ClosedOn));
    }

    [Fact]
    public void WasRunningIn_RunningAccount_EveryYearFromItsOpening()
    {
        var account = Account();

        Assert.False(account.WasRunningIn(2025));
        Assert.True(account.WasRunningIn(2026));
        Assert.True(account.WasRunningIn(2030));
    }

    [Fact]
    public void Record_SameMonthAgain_TakesTheLaterCheck_AnEarlierMonth_IsIgnored()
    {
        var account = Account();
        var first = new NewMediaCheck(account, new DateOnly(2026, 10, 1), Today, Today.AddDays(-30), 0, 0, null, null);
        var again = new NewMediaCheck(account, new DateOnly(2026, 10, 20), Today, Today.AddDays(-2), 0, 0, null, null);

        account.Record(first);
        Assert.Equal((new DateOnly(2026, 10, 1), Today.AddDays(-30)), (account.LastCheckedMonth, account.LastPostOn));
        account.Record(again);
        Assert.Equal(Today.AddDays(-2), account.LastPostOn);
        Assert.Throws<ArgumentNullException>(() => account.Record(null!));
    }

    [Fact]
    public void Check_KeepsItsFigures_OnTheMonthsFirstDay()
    {
        var account = Account();

        var check = new NewMediaCheck(account, new DateOnly(2026, 10, 17), Today, Today.AddDays(-3), 5, 4, " 错别字 ", " 已更正 ");

        Assert.Equal((account.Id, 7, new DateOnly(2026, 10, 1), Today, Today.AddDays(-3)), (check.NewMediaAccountId, check.OrganisationId, check.Month, check.CheckedOn, check.LastPostOn));
        Assert.Equal((5, 4, "错别字", "已更正"), (check.InteractionsReceived, check.InteractionsAnswered, check.Problems, check.Rectification));
        Assert.False(check.WasStale);
    }

    [Fact]
    public void Check_BlankProblemsAndRectification_AreNull_ARectificationAlone_IsAccepted()
    {
        var blank = new NewMediaCheck(Account(), new DateOnly(2026, 10, 1), Today, null, 0, 0, "  ", " ");
        Assert.Equal(((string?)null, (string?)null), (blank.Problems, blank.Rectification));
        Assert.True(blank.WasStale);

        var fixedOnly = new NewMediaCheck(Account(), new DateOnly(2026, 10, 1), Today, null, 0, 0, null, "已完善栏目");
        Assert.Equal("已完善栏目", fixedOnly.Rectification);
    }

    [Fact]
    public void Check_ClosedAccount_IsRefused()
    {
        var account = Account();
        account.Close(NewMediaAccountStatus.Closed, Today, Notice, Today);

        Assert.Equal("已关停或注销的账号不再检查。", Refusal(() => _ = new NewMediaCheck(account, new DateOnly(2026, 10, 1), Today, null, 0, 0, null, null)));
        Assert.Throws<ArgumentNullException>(() => _ = new NewMediaCheck(null!, new DateOnly(2026, 10, 1), Today, null, 0, 0, null, null));
    }

    [Fact]
    public void Check_TheCurrentMonthOnItsFirstDay_IsAccepted_NextMonth_IsRefused()
    {
        var firstOfMonth = new DateOnly(2026, 11, 1);

        Assert.Equal(firstOfMonth, new NewMediaCheck(Account(), new DateOnly(2026, 11, 30), firstOfMonth, null, 0, 0, null, null).Month);
        Assert.Equal("不能检查尚未开始的月份。", Refusal(() => _ = new NewMediaCheck(Account(), new DateOnly(2026, 12, 1), Today, null, 0, 0, null, null)));
    }

    [Fact]
    public void Check_LastPostFromOpeningToCheckDay_IsAccepted_OutsideIsRefused()
    {
        const string message = "最近更新日期应在开办日期与检查日期之间。";
        var month = new DateOnly(2026, 10, 1);

        Assert.Equal(Today, new NewMediaCheck(Account(), month, Today, Today, 0, 0, null, null).LastPostOn);
        Assert.Equal(Opened, new NewMediaCheck(Account(), month, Today, Opened, 0, 0, null, null).LastPostOn);
        Assert.Equal(message, Refusal(() => _ = new NewMediaCheck(Account(), month, Today, Today.AddDays(1), 0, 0, null, null)));
        Assert.Equal(message, Refusal(() => _ = new NewMediaCheck(Account(), month, Today, Opened.AddDays(-1), 0, 0, null, null)));
    }

    [Fact]
    public void Check_Interactions_NegativeOrMoreAnsweredThanReceived_AreRefused_AllAnswered_IsAccepted()
    {
        var month = new DateOnly(2026, 10, 1);

        Assert.Equal("互动数量不能为负数。", Refusal(() => _ = new NewMediaCheck(Account(), month, Today, null, -1, 0, null, null)));
        Assert.Equal("互动数量不能为负数。", Refusal(() => _ = new NewMediaCheck(Account(), month, Today, null, 0, -1, null, null)));
        Assert.Equal("已回应的互动不能多于收到的互动。", Refusal(() => _ = new NewMediaCheck(Account(), month, Today, null, 3, 4, null, null)));
        Assert.Equal(3, new NewMediaCheck(Account(), month, Today, null, 3, 3, null, null).InteractionsAnswered);
        Assert.Equal(0, new NewMediaCheck(Account(), month, Today, null, 0, 0, null, null).InteractionsReceived);
    }

    [Fact]
    public void Check_ProblemsOrRectificationAtTheLimit_AreAccepted_OneMoreIsRefused()
    {
        var month = new DateOnly(2026, 10, 1);
        var limit = new string('问', DataLimits.Reason);
        var over = limit + "问";
        var message = $"问题和整改情况各不能超过{DataLimits.Reason}个字。";

        Assert.Equal(DataLimits.Reason, new NewMediaCheck(Account(), month, Today, null, 0, 0, limit, limit).Problems!.Length);
        Assert.Equal(message, Refusal(() => _ = new NewMediaCheck(Account(), month, Today, null, 0, 0, over, "已整改")));
        Assert.Equal(message, Refusal(() => _ = new NewMediaCheck(Account(), month, Today, null, 0, 0, "错别字", over)));
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void Check_WasStale_ByTheLastPostAtTheCheckDay(int daysBefore, bool stale) =>
        Assert.Equal(stale, new NewMediaCheck(Account(), new DateOnly(2026, 10, 1), Today, Today.AddDays(-daysBefore), 0, 0, null, null).WasStale);

    [Theory]
    [InlineData("  泽州高都镇  ", " 高都镇 ", true)]
    [InlineData("教育发布", "泽州县教育", true)]
    [InlineData("泽州X发布", "泽州县X", false)]
    [InlineData("X", "泽州县X", false)]
    [InlineData("任意", "   ", true)]
    [InlineData("泽州县人民政府", "泽州县", true)]
    public void NameShowsUnit_Boundaries(string account, string unit, bool expected) =>
        Assert.Equal(expected, NewMediaRules.NameShowsUnit(account, unit));

    [Fact]
    public void NameShowsUnit_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => NewMediaRules.NameShowsUnit(null!, "高都镇"));
        Assert.Throws<ArgumentNullException>(() => NewMediaRules.NameShowsUnit("高都镇", null!));
    }
}
