using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Domain.Tests.Oversight;

public class PersonalDataTests
{
    [Fact]
    public void Find_ValidIdentityNumber_FlaggedAndMasked()
    {
        var match = Assert.Single(PersonalData.Find("低保户张三，身份证号140525199001011235，住某村。"));
        Assert.Equal(PersonalDataKind.IdentityNumber, match.Kind);
        Assert.Equal("140525********1235", match.Masked);
        Assert.Equal("身份证号码", match.Label);
    }

    [Fact]
    public void Find_IdentityNumberWithBadCheckDigit_NotFlagged() =>
        Assert.Empty(PersonalData.Find("编号140525199001011234。"));

    [Theory]
    [InlineData("140525********1235")]
    [InlineData("1405251990****1235")]
    [InlineData("138****1234")]
    [InlineData("6222********3446")]
    public void Find_MaskedNumber_NotFlagged(string text) => Assert.Empty(PersonalData.Find($"联系人：{text}"));

    [Fact]
    public void Find_Mobile_FlaggedAndMasked()
    {
        var match = Assert.Single(PersonalData.Find("联系电话：13812341234"));
        Assert.Equal(PersonalDataKind.Mobile, match.Kind);
        Assert.Equal("138****1234", match.Masked);
    }

    [Theory]
    [InlineData("0356-12345678")] // a landline
    [InlineData("12812341234")] // no mobile starts with 12
    [InlineData("138123412345")] // 12 digits: part of a longer number
    [InlineData("+8613812341234")] // country code: not the bare form searched for
    public void Find_NotAMobile_NotFlagged(string text) =>
        Assert.DoesNotContain(PersonalData.Find(text), m => m.Kind == PersonalDataKind.Mobile);

    [Theory]
    [InlineData("6222020200112233446", "6222***********3446")]
    [InlineData("6228480040123454", "6228********3454")]
    [InlineData("6222 0202 0011 2233 446", "6222***********3446")]
    public void Find_BankCardPassingLuhn_FlaggedAndMasked(string text, string masked)
    {
        var match = Assert.Single(PersonalData.Find("补贴发放至卡号" + text + "。"));
        Assert.Equal(PersonalDataKind.BankCard, match.Kind);
        Assert.Equal(masked, match.Masked);
        Assert.Equal("银行卡号", match.Label);
    }

    [Theory]
    [InlineData("6222020200112233445")] // fails Luhn
    [InlineData("622202020011223")] // 15 digits
    public void Find_NotABankCard_NotFlagged(string text) => Assert.Empty(PersonalData.Find("卡号" + text));

    [Fact]
    public void Find_EmptyOrNull_Nothing()
    {
        Assert.Empty(PersonalData.Find(null));
        Assert.Empty(PersonalData.Find(""));
    }

    [Fact]
    public void Find_SeveralKinds_AllReported() =>
        Assert.Equal(3, PersonalData.Find("140525199001011235；13812341234；6228480040123454").Count);

    [Theory]
    [InlineData("79927398713", true)] // the classic Luhn example
    [InlineData("79927398710", false)]
    [InlineData("1", false)]
    [InlineData("12a4", false)]
    public void PassesLuhn_ChecksTheMod10Sum(string digits, bool expected) => Assert.Equal(expected, PersonalData.PassesLuhn(digits));
}
