namespace ZezhouDisclosure.Domain.Participation;

/// <summary>
/// The figures of a 反馈 / 采纳情况: opinions received, and how many were adopted, partly adopted and not adopted.
/// Received counts every opinion, online or by letter, telephone or meeting; the three outcomes must add up to it.
/// </summary>
public sealed record FeedbackCounts(int Received, int Adopted, int PartlyAdopted, int NotAdopted)
{
    /// <summary>
    /// Every problem of the figures, keyed by field; <paramref name="publishedOnline"/> is the number of comments
    /// published on the page, which the received figure cannot be below.
    /// </summary>
    public IReadOnlyList<PeriodProblem> Check(int publishedOnline)
    {
        var problems = new List<PeriodProblem>();
        if (Received < 0 || Adopted < 0 || PartlyAdopted < 0 || NotAdopted < 0)
        {
            problems.Add(new(nameof(Received), "意见条数不能为负数。"));
            return problems;
        }

        if (Adopted + PartlyAdopted + NotAdopted != Received)
        {
            problems.Add(new(nameof(Received),
                $"采纳 {Adopted} 条、部分采纳 {PartlyAdopted} 条、未采纳 {NotAdopted} 条，合计 {Adopted + PartlyAdopted + NotAdopted} 条，与收到的 {Received} 条意见不符。"));
        }

        if (Received < publishedOnline)
        {
            problems.Add(new(nameof(Received), $"收到意见条数不能少于网上已公开的 {publishedOnline} 条意见。"));
        }

        return problems;
    }
}
