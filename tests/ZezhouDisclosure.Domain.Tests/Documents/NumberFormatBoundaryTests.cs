using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.Documents;

/// <summary>The edges of the 索引号, 申请编号 and 发文字号 formats.</summary>
public class NumberFormatBoundaryTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void IndexNumberFormat_WithoutOrganisationCode_Throws(string code) =>
        Assert.ThrowsAny<ArgumentException>(() => IndexNumber.Format(code, 2026, 1));

    [Fact]
    public void IndexNumberFormat_YearBefore1900_ThrowsAnd1900IsAccepted()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexNumber.Format("140525107", 1899, 1));
        Assert.Equal("140525107/1900-00001", IndexNumber.Format("140525107", 1900, 1));
    }

    [Fact]
    public void IndexNumberSequence_KeepsItsOrganisationAndYear()
    {
        var sequence = new IndexNumberSequence(3, 2026);

        Assert.Equal(3, sequence.OrganisationId);
        Assert.Equal(2026, sequence.Year);
        Assert.Equal(0, sequence.LastValue);
    }

    [Fact]
    public void IndexNumberSequence_Exhausted_SaysSoInChinese()
    {
        var sequence = new IndexNumberSequence(3, 2026);
        for (var i = 0; i < IndexNumber.MaxSequence; i++)
        {
            sequence.Next();
        }

        var exception = Assert.Throws<ZezhouDisclosure.Domain.Common.DomainException>(() => sequence.Next());
        Assert.Equal("本年度索引号流水号已用尽，请联系管理员。", exception.Message);
    }

    [Theory]
    [InlineData("2026-09-18", 1, "YSQ202609180001")]
    [InlineData("2026-01-02", 9999, "YSQ202601029999")]
    public void RequestNumberFormat_DateAndFourDigitSequence(string day, int sequence, string expected)
    {
        var number = RequestNumber.Format(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), sequence);

        Assert.Equal(expected, number);
        Assert.Equal(RequestNumber.Length, number.Length);
        Assert.True(RequestNumber.IsValid(number));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void RequestNumberFormat_SequenceOutsideOneTo9999_Throws(int sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RequestNumber.Format(new DateOnly(2026, 9, 18), sequence));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("YSQ2026091800011")] // 16 characters
    [InlineData("XSQ202609180001")]
    [InlineData(" YSQ202609180001")]
    [InlineData("YSQ202613180001")] // month 13
    public void RequestNumberIsValid_AnythingElse_IsFalse(string? number) => Assert.False(RequestNumber.IsValid(number));

    [Theory]
    [InlineData("泽政办发{2020}22号")]
    [InlineData("泽政办发｛2020｝22号")]
    [InlineData("泽政办发〖2020〗22号")]
    [InlineData("泽政办发﹝2020﹞22号")]
    [InlineData("泽政办发［2020］22号")]
    [InlineData("泽政办发〔2020〕22号")]
    [InlineData("泽政办发\t〔2020〕\u300022号")]
    public void DocumentNumbersNormalise_EveryBracketAndSpace_BecomesTheStandardForm(string input) =>
        Assert.Equal("泽政办发〔2020〕22号", DocumentNumbers.Normalise(input));

    [Theory]
    [InlineData("第一批〔2020〕22号", "第一批〔2020〕22号")] // 第 not after the year bracket stays
    [InlineData("泽政办发〔2020〕第２２号", "泽政办发〔2020〕22号")]
    [InlineData("〔0９〕", "〔09〕")]
    public void DocumentNumbersNormalise_KeepsWhatIsNotAVariant(string input, string expected) =>
        Assert.Equal(expected, DocumentNumbers.Normalise(input));
}
