using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.Tests.AnnualReports;

public class AnnualReportTests
{
    private static readonly DateTime Now = new(2027, 1, 10, 2, 0, 0, DateTimeKind.Utc);

    private static AnnualReport Ready()
    {
        var report = new AnnualReport(7, 2026);
        report.Refresh(new NormativeDocumentCounts(1, 0, 4), AnnualReportChecksTests.Balanced(), AppealTable.Empty(), Now);
        report.Write(AnnualReportChecksTests.Text(), AnnualReportChecksTests.AllEntered());
        return report;
    }

    private static AnnualReport Published()
    {
        var report = Ready();
        report.Submit(Now, "clerk", unitSignOff: true, null);
        report.ApproveInUnit(Now, "head", null);
        report.Publish(Now, "county", null);
        return report;
    }

    [Fact]
    public void Lifecycle_WithUnitSignOff_GoesThroughUnitAndCountyToPublished()
    {
        var report = Ready();

        report.Submit(Now, "clerk", unitSignOff: true, null);
        Assert.Equal(AnnualReportStatus.AwaitingUnit, report.Status);
        report.ApproveInUnit(Now.AddHours(1), "head", null);
        Assert.Equal(AnnualReportStatus.AwaitingCounty, report.Status);
        Assert.Equal("head", report.UnitApprovedBy);
        report.Publish(Now.AddHours(2), "county", null);

        Assert.Equal(AnnualReportStatus.Published, report.Status);
        Assert.Equal(Now.AddHours(2), report.PublishedAt);
        Assert.True(report.IsPublic);
    }

    [Fact]
    public void Submit_WithoutUnitSignOff_GoesStraightToCounty()
    {
        var report = Ready();
        report.Submit(Now, "clerk", unitSignOff: false, null);
        Assert.Equal(AnnualReportStatus.AwaitingCounty, report.Status);
        Assert.Throws<DomainException>(() => report.ApproveInUnit(Now, "head", null));
    }

    [Fact]
    public void Submit_WithFailingCrossCheck_IsRefusedNamingTheCell_AndStaysDraft()
    {
        var report = Ready();
        report.Write(AnnualReportChecksTests.Text(requests: "收到政府信息公开申请6件。"), AnnualReportChecksTests.AllEntered());

        var e = Assert.Throws<DomainException>(() => report.Submit(Now, "clerk", true, null));

        Assert.StartsWith("勾稽关系校验未通过，不能提交：", e.Message, StringComparison.Ordinal);
        Assert.Contains("收到政府信息公开申请6件", e.Message, StringComparison.Ordinal);
        Assert.Equal(AnnualReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Publish_WhenCarriedOverContradictsLastYear_IsRefused()
    {
        var report = Ready();
        report.Submit(Now, "clerk", false, null);
        var previous = new PreviousReportFacts(2025, RequestTable.Empty(), "去年完全不同的文字甲乙", "去年问题丙丁");

        var e = Assert.Throws<DomainException>(() => report.Publish(Now, "county", previous));

        Assert.Contains("不能发布", e.Message, StringComparison.Ordinal);
        Assert.Equal(AnnualReportStatus.AwaitingCounty, report.Status);
    }

    [Fact]
    public void Write_AfterPublication_IsRefusedPointingToCorrection()
    {
        var report = Published();

        var e = Assert.Throws<DomainException>(() => report.Write(AnnualReportText.Empty, AnnualReportChecksTests.AllEntered()));

        Assert.Contains("更正", e.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => report.Refresh(new NormativeDocumentCounts(0, 0, 0), RequestTable.Empty(), AppealTable.Empty(), Now));
    }

    [Fact]
    public void Write_WhileAwaitingReview_IsRefused()
    {
        var report = Ready();
        report.Submit(Now, "clerk", true, null);
        var e = Assert.Throws<DomainException>(() => report.Write(AnnualReportText.Empty, AnnualReportChecksTests.AllEntered()));
        Assert.Contains("审核中", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    [InlineData(2.5)]
    public void Write_CountOutOfRangeOrFractional_IsRefusedNamingTheCell(double value)
    {
        var report = Ready();
        var cells = AnnualReportChecksTests.AllEntered();
        cells["permit"] = (decimal)value;

        var e = Assert.Throws<DomainException>(() => report.Write(AnnualReportChecksTests.Text(), cells));

        Assert.Contains("行政许可", e.Message, StringComparison.Ordinal);
        Assert.Equal(3m, report.Table2["permit"]);
    }

    [Fact]
    public void Write_AmountWithTwoDecimals_IsKept()
    {
        var report = Ready();
        var cells = AnnualReportChecksTests.AllEntered();
        cells["fees"] = 12.35m;
        report.Write(AnnualReportChecksTests.Text(), cells);
        Assert.Equal(12.35m, report.Table2["fees"]);
        Assert.Equal(1m, report.Table2[ActiveDisclosureTable.NormativeIssued]);
        Assert.Equal(4m, report.Table2[ActiveDisclosureTable.NormativeInForce]);
    }

    [Fact]
    public void Return_SendsBackToDraftWithTheReason()
    {
        var report = Ready();
        report.Submit(Now, "clerk", true, null);
        report.Return("请补充平台建设情况", Now, "head");
        Assert.Equal(AnnualReportStatus.Draft, report.Status);
        Assert.Equal("请补充平台建设情况", report.ReturnComment);
        Assert.Throws<DomainException>(() => report.Return("再退", Now, "head"));
    }

    [Fact]
    public void Correct_PublishedReport_MakesNextEditionDraftWithNote_AndOldIsSupersededWhenItIsPublished()
    {
        var report = Published();

        var correction = report.Correct("更正表二行政许可件数");

        Assert.Equal(2, correction.Edition);
        Assert.Equal(AnnualReportStatus.Draft, correction.Status);
        Assert.Equal("更正表二行政许可件数", correction.CorrectionNote);
        Assert.Equal(report.Table3Data, correction.Table3Data);
        Assert.Equal(report.OverviewRequests, correction.OverviewRequests);
        report.SupersedeBy(99, Now);
        Assert.Equal(AnnualReportStatus.Superseded, report.Status);
        Assert.True(report.IsPublic);
        Assert.Throws<DomainException>(() => report.Correct("再次更正"));
    }

    [Fact]
    public void Correct_WithoutNote_OrBeforePublication_IsRefused()
    {
        Assert.Throws<DomainException>(() => Published().Correct(" "));
        Assert.Throws<DomainException>(() => Ready().Correct("说明"));
    }

    [Theory]
    [InlineData(OrganisationKind.Township, "2027-01-31")]
    [InlineData(OrganisationKind.Department, "2027-01-31")]
    [InlineData(OrganisationKind.CountyOffice, "2027-01-31")]
    [InlineData(OrganisationKind.CountyGovernment, "2027-03-31")]
    public void DueOn_FollowsTheRegulation(OrganisationKind kind, string due)
    {
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), AnnualReportDeadlines.DueOn(kind, 2026));
        Assert.False(AnnualReportDeadlines.IsLate(kind, 2026, AnnualReportDeadlines.DueOn(kind, 2026)));
        Assert.True(AnnualReportDeadlines.IsLate(kind, 2026, AnnualReportDeadlines.DueOn(kind, 2026).AddDays(1)));
        Assert.True(AnnualReportDeadlines.IsOverdue(kind, 2026, AnnualReportDeadlines.DueOn(kind, 2026).AddDays(1)));
        Assert.False(AnnualReportDeadlines.IsOverdue(kind, 2026, AnnualReportDeadlines.DueOn(kind, 2026)));
    }

    [Fact]
    public void YearDueIn_IsThePreviousYear()
    {
        Assert.Equal(2026, AnnualReportDeadlines.YearDueIn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void NormativeCounts_FollowDatesAndValidity()
    {
        var counts = NormativeDocumentCounts.Compute(2026,
        [
            new(new DateOnly(2026, 3, 1), null), // issued this year, in force
            new(new DateOnly(2024, 3, 1), new DateOnly(2026, 6, 1)), // repealed this year
            new(new DateOnly(2025, 3, 1), new DateOnly(2027, 2, 1)), // in force at year end, ends next year
            new(new DateOnly(2020, 3, 1), new DateOnly(2025, 1, 1)), // ended before
            new(new DateOnly(2027, 1, 5), null), // next year's
            new(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31)), // issued and ended on the last day
        ]);

        Assert.Equal(new NormativeDocumentCounts(2, 2, 2), counts);
    }

    [Fact]
    public void Tables_RoundTripThroughStorage()
    {
        var t3 = AnnualReportChecksTests.Balanced();
        Assert.Equal(t3.Serialise(), RequestTable.Parse(t3.Serialise()).Serialise());
        var t4 = AppealTable.Empty().With(AppealKind.DirectLitigation, 2, 3);
        Assert.Equal(3, AppealTable.Parse(t4.Serialise())[AppealKind.DirectLitigation, 2]);
        var t2 = ActiveDisclosureTable.Empty().WithEntered(AnnualReportChecksTests.AllEntered());
        Assert.Equal(1.5m, ActiveDisclosureTable.Parse(t2.Serialise())["fees"]);
        Assert.Equal(0, RequestTable.Parse("garbage").New(0));
        Assert.Equal(0, AppealTable.Parse(null).Total(AppealKind.Reconsideration));
    }

    [Fact]
    public void AppealCase_DecidedBeforeFiling_IsRefused()
    {
        var appeal = new AppealCase(1, AppealKind.Reconsideration, new DateOnly(2026, 3, 1), " 晋复〔2026〕1号 ", null, null);
        Assert.Equal("晋复〔2026〕1号", appeal.CaseNumber);
        Assert.Throws<DomainException>(() => appeal.Decide(AppealOutcome.Upheld, new DateOnly(2026, 2, 1)));
        Assert.Throws<DomainException>(() => appeal.Decide(AppealOutcome.Upheld, null));
        appeal.Decide(AppealOutcome.Other, new DateOnly(2026, 4, 1));
        Assert.Equal(AppealOutcome.Other, appeal.OutcomeAtEndOf(2026));
        appeal.Decide(null, null);
        Assert.Null(appeal.OutcomeAtEndOf(2026));
    }
}
