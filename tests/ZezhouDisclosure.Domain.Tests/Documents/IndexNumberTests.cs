using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class IndexNumberTests
{
    [Theory]
    [InlineData("140525107", 2026, 1, "140525107/2026-00001")]
    [InlineData("140525001", 2021, 12345, "140525001/2021-12345")]
    [InlineData("11140525MB1234567X", 2026, 99999, "11140525MB1234567X/2026-99999")]
    public void Format_CodeYearSequence_IsPaddedToFiveDigits(string code, int year, int sequence, string expected)
    {
        Assert.Equal(expected, IndexNumber.Format(code, year, sequence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000)]
    public void Format_SequenceOutOfRange_Throws(int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexNumber.Format("140525107", 2026, sequence));
    }

    [Fact]
    public void Next_FreshSequence_CountsFromOne()
    {
        var sequence = new IndexNumberSequence(3, 2026);

        Assert.Equal(1, sequence.Next());
        Assert.Equal(2, sequence.Next());
        Assert.Equal(2, sequence.LastValue);
    }

    [Fact]
    public void Next_AfterTheLastNumber_RefusesRatherThanReuse()
    {
        var sequence = new IndexNumberSequence(3, 2026);
        for (var i = 0; i < IndexNumber.MaxSequence; i++)
        {
            sequence.Next();
        }

        Assert.Throws<DomainException>(() => sequence.Next());
        Assert.Equal(IndexNumber.MaxSequence, sequence.LastValue);
    }
}
