using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Domain.Tests.Documents;

/// <summary>泽政办发〔2020〕22号 四（三）: 问答 is a way of writing a text 解读, not a non-text form.</summary>
public class InterpretationSharesTests
{
    [Theory]
    [InlineData(InterpretationForm.Text, false)]
    [InlineData(InterpretationForm.QuestionsAndAnswers, false)]
    [InlineData(InterpretationForm.Graphic, true)]
    [InlineData(InterpretationForm.Chart, true)]
    [InlineData(InterpretationForm.Animation, true)]
    [InlineData(InterpretationForm.Audio, true)]
    [InlineData(InterpretationForm.Video, true)]
    [InlineData(InterpretationForm.PressConference, true)]
    [InlineData(InterpretationForm.OnlineInterview, true)]
    [InlineData(InterpretationForm.MediaInterview, true)]
    public void IsNonText_Form_TextAndQuestionsAndAnswersAreText(InterpretationForm form, bool nonText) =>
        Assert.Equal(nonText, form.IsNonText());

    [Fact]
    public void Tally_QuestionsAndAnswers_CountAsTextSoTheShareFallsBelowTheThreshold()
    {
        var tally = InterpretationTally.Of(2026,
        [
            (InterpretationForm.Graphic, InterpretationChannels.WeChat),
            (InterpretationForm.Video, InterpretationChannels.None),
            (InterpretationForm.Chart, InterpretationChannels.None),
            (InterpretationForm.QuestionsAndAnswers, InterpretationChannels.None),
        ]);

        Assert.Equal(4, tally.Total);
        Assert.Equal(3, tally.NonText);
        Assert.Equal(75.0m, tally.NonTextShare);
        Assert.Equal(90m, tally.NonTextThreshold);
        Assert.True(tally.NonTextBelowThreshold);
        Assert.Equal(1, tally.OtherChannels);
        Assert.True(tally.OtherChannelsBelowThreshold);
    }

    [Fact]
    public void Tally_AllNonTextOrNoInterpretations_IsNotBelowTheThreshold()
    {
        Assert.False(InterpretationTally.Of(2026, [(InterpretationForm.Graphic, InterpretationChannels.WeChat)]).NonTextBelowThreshold);
        Assert.False(InterpretationTally.Of(2026, []).NonTextBelowThreshold);
    }

    [Theory]
    [InlineData(2020, 70)]
    [InlineData(2021, 90)]
    [InlineData(2026, 90)]
    public void NonTextThreshold_Year_SeventyIn2020ThenNinety(int year, int threshold) =>
        Assert.Equal(threshold, InterpretationShares.NonTextThreshold(year));
}
