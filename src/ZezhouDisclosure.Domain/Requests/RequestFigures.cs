namespace ZezhouDisclosure.Domain.Requests;

/// <summary>One application as the annual report sees it.</summary>
/// <param name="ApplicantType">The column it is counted in.</param>
/// <param name="ReceivedOn">收到申请之日.</param>
/// <param name="ClosedOn">办结日期 (null while open).</param>
/// <param name="Outcome">办理结果 (null while open).</param>
/// <param name="Transferred">转办 away: counted by the organisation it went to, not here.</param>
public sealed record RequestFigureInput(
    ApplicantType ApplicantType, DateOnly ReceivedOn, DateOnly? ClosedOn, RequestOutcome? Outcome, bool Transferred = false);

/// <summary>One row of table 三: a count per applicant column (自然人 and the five kinds) and the 总计.</summary>
public sealed class ApplicantCounts
{
    private readonly int[] _counts = new int[6];

    public int this[ApplicantType type] => _counts[(int)type - 1];

    public int NaturalPerson => this[ApplicantType.NaturalPerson];

    /// <summary>The five kinds of 法人或其他组织 together.</summary>
    public int Organisations => _counts.Skip(1).Sum();

    public int Total => _counts.Sum();

    internal void Add(ApplicantType type) => _counts[(int)type - 1]++;

    internal void Add(ApplicantCounts other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
    }
}

/// <summary>
/// Annual report table 三 收到和处理政府信息公开申请情况 (国办公开办函〔2021〕30号) of one organisation and year:
/// 一 new this year, 二 carried over from last year, 三 results by outcome row, 四 carried into next year.
/// </summary>
public sealed class RequestFigures
{
    private readonly Dictionary<RequestOutcome, ApplicantCounts> _outcomes;

    private RequestFigures(int year)
    {
        Year = year;
        _outcomes = RequestOutcomes.All.ToDictionary(o => o, _ => new ApplicantCounts());
    }

    public int Year { get; }

    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    public ApplicantCounts NewThisYear { get; } = new();

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    public ApplicantCounts CarriedOver { get; } = new();

    /// <summary>三（七）总计.</summary>
    public ApplicantCounts ResultsTotal { get; } = new();

    /// <summary>四、结转下年度继续办理.</summary>
    public ApplicantCounts CarriedForward { get; } = new();

    /// <summary>三、本年度办理结果: one row per outcome, in the report's order.</summary>
    public ApplicantCounts Results(RequestOutcome outcome) => _outcomes[outcome];

    /// <summary>A group's subtotal, e.g. （三）不予公开.</summary>
    public ApplicantCounts Subtotal(RequestOutcomeGroup group)
    {
        var sum = new ApplicantCounts();
        foreach (var (outcome, counts) in _outcomes.Where(o => RequestOutcomes.Group(o.Key) == group))
        {
            sum.Add(counts);
        }

        return sum;
    }

    public static RequestFigures Compute(int year, IEnumerable<RequestFigureInput> requests)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var figures = new RequestFigures(year);
        foreach (var r in requests.Where(r => !r.Transferred && r.ReceivedOn <= last))
        {
            var openAtStart = r.ReceivedOn < first && (r.ClosedOn is null || r.ClosedOn >= first);
            if (r.ReceivedOn >= first)
            {
                figures.NewThisYear.Add(r.ApplicantType);
            }
            else if (openAtStart)
            {
                figures.CarriedOver.Add(r.ApplicantType);
            }
            else
            {
                continue; // closed in an earlier year
            }

            if (r.ClosedOn is { } closed && closed <= last)
            {
                if (r.Outcome is { } outcome)
                {
                    figures._outcomes[outcome].Add(r.ApplicantType);
                    figures.ResultsTotal.Add(r.ApplicantType);
                }
            }
            else
            {
                figures.CarriedForward.Add(r.ApplicantType);
            }
        }

        return figures;
    }

    /// <summary>
    /// The report's cross-checks, as Chinese messages (empty when they hold): per column 一 + 二 = 三总计 + 四, and
    /// 三总计 = the sum of the outcome rows.
    /// </summary>
    public IReadOnlyList<string> CrossCheck()
    {
        var problems = new List<string>();
        foreach (var type in Enum.GetValues<ApplicantType>())
        {
            var left = NewThisYear[type] + CarriedOver[type];
            var right = ResultsTotal[type] + CarriedForward[type];
            if (left != right)
            {
                problems.Add($"{Column(type)}：一（{NewThisYear[type]}）+ 二（{CarriedOver[type]}）≠ 三总计（{ResultsTotal[type]}）+ 四（{CarriedForward[type]}），有已办结但未登记办理结果的申请。");
            }

            var rows = RequestOutcomes.All.Sum(o => _outcomes[o][type]);
            // Stryker disable once Block,Statement,String : unreachable from Compute, which adds every result to its outcome row and to 三总计 together; the report's own check stays
            if (rows != ResultsTotal[type])
            {
                problems.Add($"{Column(type)}：各办理结果之和（{rows}）≠ 三总计（{ResultsTotal[type]}）。");
            }
        }

        return problems;
    }

    private static string Column(ApplicantType type) => type switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.CommercialEnterprise => "商业企业",
        ApplicantType.ResearchInstitution => "科研机构",
        ApplicantType.PublicInterestOrganisation => "社会公益组织",
        ApplicantType.LegalServiceInstitution => "法律服务机构",
        _ => "其他",
    };
}
