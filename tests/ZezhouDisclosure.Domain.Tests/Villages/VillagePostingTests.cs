using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Domain.Tests.Villages;

/// <summary>村（居）务公开: periods, the overdue rule for monthly 财务公开, and a posting's review.</summary>
public class VillagePostingTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static VillagePosting Posting(VillagePeriod? period = null) =>
        new(7, VillagePostingCategory.Finance, period ?? VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, 10, null),
            "2026年10月财务公开", "收入与支出明细", Today, Today.AddDays(9), "村务监督委员会", Today);

    [Theory]
    [InlineData(VillagePeriodKind.Monthly, 2026, 10, "2026-10-01", "2026-10-31", "2026年10月")]
    [InlineData(VillagePeriodKind.Monthly, 2024, 2, "2024-02-01", "2024-02-29", "2024年2月")]
    [InlineData(VillagePeriodKind.Quarterly, 2026, 3, "2026-07-01", "2026-09-30", "2026年第3季度")]
    [InlineData(VillagePeriodKind.Quarterly, 2026, 4, "2026-10-01", "2026-12-31", "2026年第4季度")]
    public void Create_MonthAndQuarter_CoverTheirDays(VillagePeriodKind kind, int year, int number, string start, string end, string label)
    {
        var period = VillagePeriod.Create(kind, year, number, null);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(label, period.Label);
    }

    [Fact]
    public void Create_PerEvent_IsItsDay()
    {
        var period = VillagePeriod.Create(VillagePeriodKind.PerEvent, 0, 0, new DateOnly(2026, 11, 5));

        Assert.Equal(new DateOnly(2026, 11, 5), period.End);
        Assert.Equal("2026年11月05日", period.Label);
        Assert.Throws<DomainException>(() => VillagePeriod.Create(VillagePeriodKind.PerEvent, 2026, 1, null));
    }

    [Theory]
    [InlineData(VillagePeriodKind.Monthly, 2026, 0)]
    [InlineData(VillagePeriodKind.Monthly, 2026, 13)]
    [InlineData(VillagePeriodKind.Quarterly, 2026, 5)]
    [InlineData(VillagePeriodKind.Quarterly, 1999, 1)]
    [InlineData((VillagePeriodKind)9, 2026, 1)]
    public void Create_Impossible_Refused(VillagePeriodKind kind, int year, int number) =>
        Assert.Throws<DomainException>(() => VillagePeriod.Create(kind, year, number, null));

    [Fact]
    public void New_PeriodInTheFuture_Refused()
    {
        var ex = Assert.Throws<DomainException>(() => Posting(VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, 12, null)));

        Assert.Contains("尚未开始", ex.Message, StringComparison.Ordinal);
        Posting(VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, 11, null));
        Posting(VillagePeriod.Create(VillagePeriodKind.PerEvent, 0, 0, Today));
    }

    [Fact]
    public void New_NoticePeriodEndingBeforeItStarts_Refused() =>
        Assert.Throws<DomainException>(() => new VillagePosting(7, VillagePostingCategory.Affairs, VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, 10, null),
            "标题", "内容", Today, Today.AddDays(-1), null, Today));

    [Fact]
    public void New_BlankTitleOrBody_Refused()
    {
        var period = VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, 10, null);

        Assert.Throws<DomainException>(() => new VillagePosting(7, VillagePostingCategory.Affairs, period, " ", "内容", Today, Today, null, Today));
        Assert.Throws<DomainException>(() => new VillagePosting(7, VillagePostingCategory.Affairs, period, "标题", "", Today, Today, null, Today));
        Assert.Throws<DomainException>(() => new VillagePosting(7, (VillagePostingCategory)5, period, "标题", "内容", Today, Today, null, Today));
    }

    [Fact]
    public void Review_SubmittedThenPublished_IsPublicAndNoLongerEditable()
    {
        var posting = Posting();
        Assert.False(posting.CanReview);
        Assert.Throws<DomainException>(() => posting.Publish(DateTime.UtcNow, "gaodu"));

        posting.Submit();
        Assert.False(posting.CanEdit);
        posting.Publish(new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc), "gaodu");

        Assert.Equal(VillagePostingStatus.Published, posting.Status);
        Assert.Equal("gaodu", posting.PublishedBy);
        Assert.Throws<DomainException>(() => posting.Edit(VillagePostingCategory.Finance, posting.Period, "改", "改", Today, Today, null, Today));
        Assert.Throws<DomainException>(posting.Submit);
    }

    [Fact]
    public void Review_Returned_NeedsAReasonAndCanBeSubmittedAgain()
    {
        var posting = Posting();
        posting.Submit();

        Assert.Throws<DomainException>(() => posting.Return(" "));
        posting.Return("请补充收支明细附件。");

        Assert.Equal(VillagePostingStatus.Returned, posting.Status);
        Assert.True(posting.CanEdit);
        posting.Submit();
        Assert.Null(posting.ReturnReason);
        Assert.Throws<DomainException>(() => posting.Return(""));
    }

    [Theory]
    [InlineData("2026-11-10", "2026-09-01")]
    [InlineData("2026-11-11", "2026-10-01")]
    [InlineData("2026-11-27", "2026-10-01")]
    [InlineData("2026-01-11", "2025-12-01")]
    [InlineData("2026-01-05", "2025-11-01")]
    public void LatestOverdueMonth_AfterTheTenthOfTheNextMonth(string today, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            VillageFinanceDeadline.LatestOverdueMonth(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), null));

    [Fact]
    public void LatestOverdueMonth_VillageSetUpLater_OwesNothingEarlier()
    {
        Assert.Null(VillageFinanceDeadline.LatestOverdueMonth(Today, new DateOnly(2026, 11, 3)));
        Assert.Equal(new DateOnly(2026, 10, 1), VillageFinanceDeadline.LatestOverdueMonth(Today, new DateOnly(2026, 10, 31)));
        Assert.Equal(new DateOnly(2026, 11, 10), VillageFinanceDeadline.DueOn(new DateOnly(2026, 10, 1)));
        Assert.Equal(new DateOnly(2027, 1, 10), VillageFinanceDeadline.DueOn(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Template_HasTheSixFocusAreas()
    {
        Assert.Equal(["脱贫攻坚", "乡村振兴", "村级财务", "惠农政策", "养老服务", "社会救助"], VillageCatalogueTemplate.Rows.Select(r => r.Area));
        var item = new VillageCatalogueItem(7, " 村级财务 ", "收支明细", "内容", "每月", "公示栏", 1);
        Assert.Equal("村级财务", item.Area);
        Assert.Throws<DomainException>(() => item.Edit("", "事项", "", "", ""));
    }
}
