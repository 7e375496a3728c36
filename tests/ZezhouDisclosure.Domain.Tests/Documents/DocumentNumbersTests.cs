using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class DocumentNumbersTests
{
    [Theory]
    [InlineData("泽政办发〔2020〕22号", "泽政办发〔2020〕22号")]
    [InlineData("泽政办发[2020]22号", "泽政办发〔2020〕22号")]
    [InlineData("泽政办发【2020】22号", "泽政办发〔2020〕22号")]
    [InlineData("泽政办发（2020）22号", "泽政办发〔2020〕22号")]
    [InlineData("泽政办发(2020)22号", "泽政办发〔2020〕22号")]
    [InlineData("泽政办发〔２０２０〕２２号", "泽政办发〔2020〕22号")]
    [InlineData(" 泽政办发 〔2020〕 22号 ", "泽政办发〔2020〕22号")]
    [InlineData("泽政办发〔2020〕第22号", "泽政办发〔2020〕22号")]
    [InlineData("晋政办发［2020］38号", "晋政办发〔2020〕38号")]
    public void Normalise_Variants_BecomeTheStandardForm(string input, string expected)
    {
        Assert.Equal(expected, DocumentNumbers.Normalise(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalise_Blank_IsNull(string? input)
    {
        Assert.Null(DocumentNumbers.Normalise(input));
    }

    [Fact]
    public void NewDocument_WithBracketVariant_StoresTheNormalisedNumberBesideTheOriginal()
    {
        var document = new Document(1, new TestKit.Builders.DocumentContentBuilder().WithDocumentNumber("泽政发[2026]5号").Build());

        Assert.Equal("泽政发[2026]5号", document.DocumentNumber);
        Assert.Equal("泽政发〔2026〕5号", document.NormalisedDocumentNumber);
    }
}
