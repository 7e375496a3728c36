using System.Globalization;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.Requests;

public class RequestFiguresTests
{
    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static RequestFigureInput R(ApplicantType type, string received, string? closed = null, RequestOutcome? outcome = null, bool transferred = false) =>
        new(type, D(received), closed is null ? null : D(closed), outcome, transferred);

    /// <summary>A known year: every kind of row once.</summary>
    private static readonly RequestFigureInput[] Dataset =
    [
        R(ApplicantType.NaturalPerson, "2025-12-20", "2026-01-10", RequestOutcome.Disclosed), // carried over, answered
        R(ApplicantType.CommercialEnterprise, "2025-11-01", "2025-12-01", RequestOutcome.Disclosed), // last year's business
        R(ApplicantType.NaturalPerson, "2026-03-01", "2026-03-20", RequestOutcome.PartlyDisclosed),
        R(ApplicantType.LegalServiceInstitution, "2026-12-20"), // still open at year end
        R(ApplicantType.ResearchInstitution, "2026-05-01", "2026-06-01", RequestOutcome.OtherNoSupplement), // 视为放弃
        R(ApplicantType.NaturalPerson, "2026-12-28", "2027-01-05", RequestOutcome.Disclosed), // answered next year
        R(ApplicantType.NaturalPerson, "2026-02-01", "2026-02-03", transferred: true), // counted by the receiver
        R(ApplicantType.PublicInterestOrganisation, "2025-12-30"), // open all year
        R(ApplicantType.OtherOrganisation, "2026-07-01", "2026-07-20", RequestOutcome.WithheldThirdPartyRights),
        R(ApplicantType.NaturalPerson, "2027-01-02"), // next year's
    ];

    [Fact]
    public void Compute_KnownDataset_GivesEachRowByApplicantColumn()
    {
        var t = RequestFigures.Compute(2026, Dataset);

        Assert.Equal(5, t.NewThisYear.Total);
        Assert.Equal(2, t.NewThisYear.NaturalPerson);
        Assert.Equal(3, t.NewThisYear.Organisations);
        Assert.Equal(2, t.CarriedOver.Total);
        Assert.Equal(1, t.CarriedOver[ApplicantType.PublicInterestOrganisation]);
        Assert.Equal(4, t.ResultsTotal.Total);
        Assert.Equal(1, t.Results(RequestOutcome.Disclosed).NaturalPerson);
        Assert.Equal(1, t.Results(RequestOutcome.PartlyDisclosed).NaturalPerson);
        Assert.Equal(1, t.Results(RequestOutcome.OtherNoSupplement)[ApplicantType.ResearchInstitution]);
        Assert.Equal(1, t.Subtotal(RequestOutcomeGroup.Withheld)[ApplicantType.OtherOrganisation]);
        Assert.Equal(0, t.Subtotal(RequestOutcomeGroup.NotHandled).Total);
        Assert.Equal(3, t.CarriedForward.Total);
        Assert.Equal(1, t.CarriedForward[ApplicantType.LegalServiceInstitution]);
    }

    [Fact]
    public void CrossCheck_KnownDataset_Holds()
    {
        var t = RequestFigures.Compute(2026, Dataset);

        Assert.Empty(t.CrossCheck());
        Assert.Equal(t.NewThisYear.Total + t.CarriedOver.Total, t.ResultsTotal.Total + t.CarriedForward.Total);
        foreach (var row in new[] { t.NewThisYear, t.CarriedOver, t.ResultsTotal, t.CarriedForward })
        {
            Assert.Equal(row.Total, row.NaturalPerson + Enum.GetValues<ApplicantType>().Skip(1).Sum(type => row[type]));
        }
    }

    [Fact]
    public void CrossCheck_ClosedWithoutAnOutcome_IsReported()
    {
        var t = RequestFigures.Compute(2026, [.. Dataset, R(ApplicantType.CommercialEnterprise, "2026-04-01", "2026-04-10")]);

        var problem = Assert.Single(t.CrossCheck());
        Assert.Contains("商业企业", problem);
    }

    [Fact]
    public void Compute_NextYear_CarriesOverWhatWasCarriedForward()
    {
        var y2026 = RequestFigures.Compute(2026, Dataset);
        var y2027 = RequestFigures.Compute(2027, Dataset);

        Assert.Equal(y2026.CarriedForward.Total, y2027.CarriedOver.Total);
        Assert.Equal(1, y2027.NewThisYear.Total);
        Assert.Empty(y2027.CrossCheck());
    }
}
