namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// The 解读 ratios a unit answers for each calendar year (泽政办发〔2020〕22号 四（三）2、4): the share of interpretations
/// in a form other than writing (≥ 70 % in 2020, ≥ 90 % from 2021) and of those also published on other channels
/// (≥ 50 %). 问答 is a way of writing a text 解读 (“以文字形式进行解读的，要采用案例、数据、问答等方式”), so it
/// counts as text.
/// </summary>
public static class InterpretationShares
{
    /// <summary>在其他渠道发布的解读 share required every year.</summary>
    public const decimal OtherChannelThreshold = 50m;

    /// <summary>The required share of non-text 解读 in <paramref name="year"/>.</summary>
    public static decimal NonTextThreshold(int year) => year <= 2020 ? 70m : 90m;

    /// <summary>图片图解、图表、动漫、音频、视频、新闻发布会、在线访谈、媒体采访; not 文字 nor 问答 (a way of writing).</summary>
    public static bool IsNonText(this InterpretationForm form) =>
        form is not (InterpretationForm.Text or InterpretationForm.QuestionsAndAnswers);
}

/// <summary>One unit's published 解读 of one year, counted.</summary>
public sealed record InterpretationTally(int Year, int Total, int NonText, int OtherChannels)
{
    public decimal NonTextShare => Total == 0 ? 0 : Math.Round(NonText * 100m / Total, 1);

    public decimal OtherChannelShare => Total == 0 ? 0 : Math.Round(OtherChannels * 100m / Total, 1);

    public decimal NonTextThreshold => InterpretationShares.NonTextThreshold(Year);

    /// <summary>Heading below the non-text threshold: the interpretations published so far fall short of it.</summary>
    public bool NonTextBelowThreshold => Total > 0 && NonTextShare < NonTextThreshold;

    public bool OtherChannelsBelowThreshold => Total > 0 && OtherChannelShare < InterpretationShares.OtherChannelThreshold;

    public static InterpretationTally Of(int year, IEnumerable<(InterpretationForm Form, InterpretationChannels Channels)> interpretations)
    {
        var list = interpretations.ToList();
        return new InterpretationTally(
            year, list.Count, list.Count(i => i.Form.IsNonText()), list.Count(i => i.Channels != InterpretationChannels.None));
    }
}
