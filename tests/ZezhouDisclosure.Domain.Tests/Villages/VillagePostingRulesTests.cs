using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Domain.Tests.Villages;

/// <summary>
/// The exact rules of a village posting and its period: boundaries (years 2000–2100, months 1–12, quarters 1–4,
/// a period starting today, a one-day 公示期), every refusal's message, and the state each step leaves.
/// </summary>
public class VillagePostingRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static VillagePeriod October => VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, 10, null);

    private static VillagePosting Posting() =>
        new(7, VillagePostingCategory.Finance, October, " 2026年10月财务公开 ", " 收入与支出明细 ", Today, Today.AddDays(9), " 村务监督委员会 ", Today);

    [Theory]
    [InlineData(2000, 1)]
    [InlineData(2100, 12)]
    public void Create_MonthlyAtTheLimits_Accepted(int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), VillagePeriod.Create(VillagePeriodKind.Monthly, year, month, null).Start);

    [Theory]
    [InlineData(1999, 5)]
    [InlineData(2101, 5)]
    [InlineData(2026, 0)]
    [InlineData(2026, 13)]
    public void Create_MonthlyOutside_RefusedWithTheMessage(int year, int month) =>
        Assert.Equal("请选择正确的公开月份。", Assert.Throws<DomainException>(() => VillagePeriod.Create(VillagePeriodKind.Monthly, year, month, null)).Message);

    [Theory]
    [InlineData(2000, 1, 1)]
    [InlineData(2100, 4, 10)]
    [InlineData(2026, 2, 4)]
    public void Create_QuarterlyAtTheLimits_StartsOnItsFirstMonth(int year, int quarter, int firstMonth)
    {
        var period = VillagePeriod.Create(VillagePeriodKind.Quarterly, year, quarter, null);

        Assert.Equal(new DateOnly(year, firstMonth, 1), period.Start);
        Assert.Equal(VillagePeriodKind.Quarterly, period.Kind);
    }

    [Theory]
    [InlineData(1999, 1)]
    [InlineData(2101, 1)]
    [InlineData(2026, 0)]
    [InlineData(2026, 5)]
    public void Create_QuarterlyOutside_RefusedWithTheMessage(int year, int quarter) =>
        Assert.Equal("请选择正确的公开季度。", Assert.Throws<DomainException>(() => VillagePeriod.Create(VillagePeriodKind.Quarterly, year, quarter, null)).Message);

    [Fact]
    public void Create_PerEventWithoutADay_OrAnUnknownKind_RefusedWithTheirMessages()
    {
        Assert.Equal("请填写事项发生日期。", Assert.Throws<DomainException>(() => VillagePeriod.Create(VillagePeriodKind.PerEvent, 2026, 1, null)).Message);
        Assert.Equal("请选择公开周期。", Assert.Throws<DomainException>(() => VillagePeriod.Create((VillagePeriodKind)9, 2026, 1, Today)).Message);
    }

    [Fact]
    public void Period_Quarters_LabelAndEnd()
    {
        var first = VillagePeriod.Create(VillagePeriodKind.Quarterly, 2026, 1, null);
        var second = VillagePeriod.Create(VillagePeriodKind.Quarterly, 2026, 2, null);

        Assert.Equal("2026年第1季度", first.Label);
        Assert.Equal(new DateOnly(2026, 3, 31), first.End);
        Assert.Equal("2026年第2季度", second.Label);
        Assert.Equal(new DateOnly(2026, 6, 30), second.End);
    }

    [Fact]
    public void IsFuture_StartingTodayIsNot_StartingTomorrowIs()
    {
        Assert.False(VillagePeriod.Create(VillagePeriodKind.PerEvent, 0, 0, Today).IsFuture(Today));
        Assert.True(VillagePeriod.Create(VillagePeriodKind.PerEvent, 0, 0, Today.AddDays(1)).IsFuture(Today));
    }

    [Fact]
    public void DueOn_AnyDayOfTheMonth_IsTheTenthOfTheNext()
    {
        Assert.Equal(10, VillageFinanceDeadline.DayOfNextMonth);
        Assert.Equal(new DateOnly(2026, 11, 10), VillageFinanceDeadline.DueOn(new DateOnly(2026, 10, 15)));
    }

    [Fact]
    public void LatestOverdueMonth_SinceTheFirstOfThatMonth_OwesIt_SinceTheNextMonth_OwesNothing()
    {
        Assert.Equal(new DateOnly(2026, 10, 1), VillageFinanceDeadline.LatestOverdueMonth(Today, new DateOnly(2026, 10, 1)));
        Assert.Null(VillageFinanceDeadline.LatestOverdueMonth(Today, new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void New_KeepsTrimmedContentAndStartsAsADraft()
    {
        var posting = Posting();

        Assert.Equal(7, posting.OrganisationId);
        Assert.Equal(VillagePostingCategory.Finance, posting.Category);
        Assert.Equal(VillagePeriodKind.Monthly, posting.PeriodKind);
        Assert.Equal(new DateOnly(2026, 10, 1), posting.PeriodStart);
        Assert.Equal(October, posting.Period);
        Assert.Equal("2026年10月财务公开", posting.Title);
        Assert.Equal("收入与支出明细", posting.Body);
        Assert.Equal(Today, posting.NoticeFrom);
        Assert.Equal(Today.AddDays(9), posting.NoticeTo);
        Assert.Equal("村务监督委员会", posting.ObjectionContact);
        Assert.Equal(VillagePostingStatus.Draft, posting.Status);
        Assert.True(posting.CanEdit);
        Assert.True(posting.CanSubmit);
        Assert.False(posting.CanReview);
        Assert.Null(posting.PublishedAt);
    }

    [Fact]
    public void New_OneDayNoticePeriodAndBlankContact_Accepted()
    {
        var posting = new VillagePosting(7, VillagePostingCategory.Affairs, October, "标题", "内容", Today, Today, "  ", Today);

        Assert.Equal(posting.NoticeFrom, posting.NoticeTo);
        Assert.Null(posting.ObjectionContact);
        Assert.Equal(VillagePostingCategory.Affairs, posting.Category);
    }

    [Fact]
    public void New_EachRefusal_HasItsMessage()
    {
        Assert.Equal("请选择公开类别。", Assert.Throws<DomainException>(() =>
            new VillagePosting(7, (VillagePostingCategory)0, October, "标题", "内容", Today, Today, null, Today)).Message);
        Assert.Equal("公开期间“2026年12月”尚未开始，不能提前公开。", Assert.Throws<DomainException>(() =>
            new VillagePosting(7, VillagePostingCategory.Affairs, VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, 12, null), "标题", "内容", Today, Today, null, Today)).Message);
        Assert.Equal("请填写标题。", Assert.Throws<DomainException>(() =>
            new VillagePosting(7, VillagePostingCategory.Affairs, October, " ", "内容", Today, Today, null, Today)).Message);
        Assert.Equal("请填写公开内容。", Assert.Throws<DomainException>(() =>
            new VillagePosting(7, VillagePostingCategory.Affairs, October, "标题", " ", Today, Today, null, Today)).Message);
        Assert.Equal("公示期结束日期不能早于开始日期。", Assert.Throws<DomainException>(() =>
            new VillagePosting(7, VillagePostingCategory.Affairs, October, "标题", "内容", Today, Today.AddDays(-1), null, Today)).Message);
    }

    [Fact]
    public void Edit_Draft_ReplacesEveryField()
    {
        var posting = Posting();
        var quarter = VillagePeriod.Create(VillagePeriodKind.Quarterly, 2026, 3, null);

        posting.Edit(VillagePostingCategory.Affairs, quarter, "新标题", "新内容", Today.AddDays(1), Today.AddDays(5), null, Today);

        Assert.Equal(VillagePostingCategory.Affairs, posting.Category);
        Assert.Equal(VillagePeriodKind.Quarterly, posting.PeriodKind);
        Assert.Equal(new DateOnly(2026, 7, 1), posting.PeriodStart);
        Assert.Equal("新标题", posting.Title);
        Assert.Equal("新内容", posting.Body);
        Assert.Equal(Today.AddDays(1), posting.NoticeFrom);
        Assert.Equal(Today.AddDays(5), posting.NoticeTo);
        Assert.Null(posting.ObjectionContact);
    }

    [Fact]
    public void Steps_OutOfOrder_RefusedWithTheirMessages()
    {
        var posting = Posting();
        Assert.Equal("只有待审核的村务公开可以审核通过。", Assert.Throws<DomainException>(() => posting.Publish(DateTime.UtcNow, "gaodu")).Message);
        Assert.Equal("只有待审核的村务公开可以退回。", Assert.Throws<DomainException>(() => posting.Return("理由")).Message);

        posting.Submit();

        Assert.Equal(VillagePostingStatus.Submitted, posting.Status);
        Assert.True(posting.CanReview);
        Assert.False(posting.CanSubmit);
        Assert.Equal("只有草稿或退回的村务公开可以提交审核。", Assert.Throws<DomainException>(posting.Submit).Message);
        Assert.Equal("已提交或已公开的村务公开不能修改。", Assert.Throws<DomainException>(() =>
            posting.Edit(VillagePostingCategory.Finance, October, "改", "改", Today, Today, null, Today)).Message);
        Assert.Equal("请填写退回理由。", Assert.Throws<DomainException>(() => posting.Return(" ")).Message);
    }

    [Fact]
    public void Return_KeepsTheTrimmedReason_AndPublishRecordsWhenAndWho()
    {
        var posting = Posting();
        posting.Submit();

        posting.Return(" 请补充附件。 ");

        Assert.Equal("请补充附件。", posting.ReturnReason);
        Assert.True(posting.CanSubmit);
        Assert.False(posting.CanReview);
        posting.Submit();
        var at = new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);
        posting.Publish(at, "gaodu-head");
        Assert.Equal(at, posting.PublishedAt);
        Assert.Equal("gaodu-head", posting.PublishedBy);
        Assert.False(posting.CanReview);
        Assert.False(posting.CanEdit);
    }

    [Fact]
    public void HandOverTo_UnpublishedPosting_MovesWithItsFiles()
    {
        var posting = Posting();
        var file = new VillagePostingAttachment(posting, "明细.pdf", "key", "application/pdf", 10, "abc");

        posting.HandOverTo(9);
        file.FollowPosting(posting);

        Assert.Equal(9, posting.OrganisationId);
        Assert.Equal(9, file.OrganisationId);
        Assert.Equal("明细.pdf", file.FileName);
        Assert.Equal("key", file.StorageKey);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(10, file.Size);
        Assert.Equal("abc", file.Sha256);
    }

    [Fact]
    public void HandOverTo_PublishedPosting_RefusedAndStays()
    {
        var posting = Posting();
        posting.Submit();
        posting.Publish(DateTime.UtcNow, "gaodu");

        Assert.Equal("已公开的村务公开不能移交。", Assert.Throws<DomainException>(() => posting.HandOverTo(9)).Message);
        Assert.Equal(7, posting.OrganisationId);
    }

    [Fact]
    public void FollowPosting_AnotherPosting_Refused()
    {
        var posting = Posting();
        var other = Posting();
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(other, 99);
        var file = new VillagePostingAttachment(posting, "a.pdf", "k", "application/pdf", 1, "h");

        Assert.Equal("附件只能随所属的村务公开移交。", Assert.Throws<DomainException>(() => file.FollowPosting(other)).Message);
        Assert.Equal(7, file.OrganisationId);
    }

    [Fact]
    public void CatalogueItem_EditTrimsAndReorders()
    {
        var item = new VillageCatalogueItem(7, "村级财务", "收支明细", "内容", "每月", "公示栏", 1);

        item.Edit(" 乡村振兴 ", " 项目建设 ", " 资金 ", " 实施前后 ", " 微信群 ");
        item.Reorder(4);

        Assert.Equal(("乡村振兴", "项目建设", "资金", "实施前后", "微信群", 4), (item.Area, item.Item, item.Content, item.Timing, item.Channel, item.SortOrder));
        Assert.Equal("请填写领域和公开事项。", Assert.Throws<DomainException>(() => item.Edit("领域", " ", "", "", "")).Message);
    }
}
