using System.Globalization;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>Table 三 of the 2026 annual report on the first and last days of the year.</summary>
public class RequestFiguresYearBoundaryTests
{
    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static RequestFigures Figures(string received, string? closed, RequestOutcome? outcome = RequestOutcome.Disclosed) =>
        RequestFigures.Compute(2026, [new RequestFigureInput(ApplicantType.NaturalPerson, D(received), closed is null ? null : D(closed), closed is null ? null : outcome)]);

    [Fact]
    public void Compute_ReceivedOnFirstJanuaryStillOpen_IsNewAndCarriedForward()
    {
        var t = Figures("2026-01-01", null);

        Assert.Equal(1, t.NewThisYear.Total);
        Assert.Equal(0, t.CarriedOver.Total);
        Assert.Equal(1, t.CarriedForward.Total);
        Assert.Empty(t.CrossCheck());
    }

    [Fact]
    public void Compute_ReceivedOnThirtyFirstDecember_IsNewThisYear()
    {
        var t = Figures("2026-12-31", null);

        Assert.Equal(1, t.NewThisYear.Total);
        Assert.Equal(1, t.CarriedForward.Total);
    }

    [Fact]
    public void Compute_ReceivedOnFirstJanuaryOfTheNextYear_IsNotCounted()
    {
        var t = Figures("2027-01-01", null);

        Assert.Equal(0, t.NewThisYear.Total + t.CarriedOver.Total + t.CarriedForward.Total);
    }

    [Fact]
    public void Compute_ReceivedLastYearClosedOnFirstJanuary_IsCarriedOverAndAnsweredThisYear()
    {
        var t = Figures("2025-12-31", "2026-01-01");

        Assert.Equal(0, t.NewThisYear.Total);
        Assert.Equal(1, t.CarriedOver.Total);
        Assert.Equal(1, t.ResultsTotal.Total);
        Assert.Equal(1, t.Results(RequestOutcome.Disclosed).NaturalPerson);
        Assert.Equal(0, t.CarriedForward.Total);
        Assert.Empty(t.CrossCheck());
    }

    [Fact]
    public void Compute_ReceivedLastYearClosedOnThirtyFirstDecemberOfLastYear_IsNotCounted()
    {
        var t = Figures("2025-12-01", "2025-12-31");

        Assert.Equal(0, t.CarriedOver.Total + t.NewThisYear.Total + t.ResultsTotal.Total + t.CarriedForward.Total);
    }

    [Fact]
    public void Compute_ClosedOnThirtyFirstDecember_IsAResultNotCarriedForward()
    {
        var t = Figures("2026-12-01", "2026-12-31");

        Assert.Equal(1, t.ResultsTotal.Total);
        Assert.Equal(0, t.CarriedForward.Total);
    }

    [Fact]
    public void Compute_ClosedOnFirstJanuaryOfTheNextYear_IsCarriedForward()
    {
        var t = Figures("2026-12-01", "2027-01-01");

        Assert.Equal(0, t.ResultsTotal.Total);
        Assert.Equal(1, t.CarriedForward.Total);
    }

    [Fact]
    public void Compute_Transferred_IsNotCountedHere()
    {
        var t = RequestFigures.Compute(2026, [new RequestFigureInput(ApplicantType.NaturalPerson, D("2026-03-01"), D("2026-03-02"), null, Transferred: true)]);

        Assert.Equal(0, t.NewThisYear.Total);
    }

    [Fact]
    public void Compute_KeepsTheYear() => Assert.Equal(2026, RequestFigures.Compute(2026, []).Year);

    [Fact]
    public void ApplicantCounts_OrganisationsAreTheFiveKindsWithoutNaturalPersons()
    {
        var t = RequestFigures.Compute(2026, [
            .. Enum.GetValues<ApplicantType>().Select(type => new RequestFigureInput(type, D("2026-03-01"), null, null)),
            new RequestFigureInput(ApplicantType.NaturalPerson, D("2026-03-02"), null, null),
        ]);

        Assert.Equal(2, t.NewThisYear.NaturalPerson);
        Assert.Equal(5, t.NewThisYear.Organisations);
        Assert.Equal(7, t.NewThisYear.Total);
        Assert.All(Enum.GetValues<ApplicantType>().Skip(1), type => Assert.Equal(1, t.NewThisYear[type]));
    }

    [Fact]
    public void Subtotal_AddsTheGroupsRowsPerColumn()
    {
        var t = RequestFigures.Compute(2026, [
            new RequestFigureInput(ApplicantType.NaturalPerson, D("2026-03-01"), D("2026-03-10"), RequestOutcome.WithheldStateSecret),
            new RequestFigureInput(ApplicantType.NaturalPerson, D("2026-03-01"), D("2026-03-10"), RequestOutcome.WithheldThirdPartyRights),
            new RequestFigureInput(ApplicantType.CommercialEnterprise, D("2026-03-01"), D("2026-03-10"), RequestOutcome.WithheldThirdPartyRights),
            new RequestFigureInput(ApplicantType.NaturalPerson, D("2026-03-01"), D("2026-03-10"), RequestOutcome.Disclosed),
        ]);

        var withheld = t.Subtotal(RequestOutcomeGroup.Withheld);
        Assert.Equal(2, withheld.NaturalPerson);
        Assert.Equal(1, withheld[ApplicantType.CommercialEnterprise]);
        Assert.Equal(3, withheld.Total);
    }

    [Theory]
    [InlineData(ApplicantType.NaturalPerson, "自然人")]
    [InlineData(ApplicantType.CommercialEnterprise, "商业企业")]
    [InlineData(ApplicantType.ResearchInstitution, "科研机构")]
    [InlineData(ApplicantType.PublicInterestOrganisation, "社会公益组织")]
    [InlineData(ApplicantType.LegalServiceInstitution, "法律服务机构")]
    [InlineData(ApplicantType.OtherOrganisation, "其他")]
    public void CrossCheck_ClosedWithoutOutcome_NamesTheColumnAndTheRows(ApplicantType type, string column)
    {
        var t = RequestFigures.Compute(2026, [
            new RequestFigureInput(type, D("2025-12-20"), null, null),
            new RequestFigureInput(type, D("2026-04-01"), D("2026-04-10"), null),
        ]);

        var problem = Assert.Single(t.CrossCheck());
        Assert.Equal($"{column}：一（1）+ 二（1）≠ 三总计（0）+ 四（1），有已办结但未登记办理结果的申请。", problem);
    }
}
