using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>
/// How much of an identity number, phone number, name or e-mail address a list shows (security.md SEC-PI), at every
/// length where the rule changes, and the exact reasons given for a wrong identity number.
/// </summary>
public class PersonalDataMaskingTests
{
    [Theory]
    [InlineData("A", "*")]
    [InlineData("1234", "****")] // 4 characters: nothing shown
    [InlineData("12345", "1***5")] // 5 to 8: first and last character
    [InlineData("A1234567", "A******7")] // 8 characters: still only the ends, never shown whole
    [InlineData("E12345678", "E123*5678")] // from 9 on: 4 and 4
    [InlineData(" e1234 5678 ", "E123*5678")] // normalised first
    [InlineData(null, "")]
    public void IdNumber_AtEachLengthBoundary_ShowsOnlyTheEnds(string? number, string expected) =>
        Assert.Equal(expected, PersonalDataMasking.IdNumber(number));

    [Theory]
    [InlineData("23456789", "****6789")] // an 8-digit landline: only the last 4 digits
    [InlineData("013812341234", "********1234")] // 12 digits: not a mobile number
    [InlineData("1381234123a", "*******123a")] // 11 characters, not all digits
    [InlineData(" 13812341234 ", "138****1234")]
    [InlineData("12345", "*2345")]
    [InlineData("1234", "****")]
    [InlineData("123", "***")]
    [InlineData(null, "")]
    public void Phone_OtherThanAMobileNumber_KeepsTheLastFourDigitsAtMost(string? phone, string expected) =>
        Assert.Equal(expected, PersonalDataMasking.Phone(phone));

    [Theory]
    [InlineData("zhangsan", "***")] // no @: nothing shown
    [InlineData("@example.com", "***")] // nothing before the @
    [InlineData(" ab@c.cn ", "a*@c.cn")]
    [InlineData(" ", "")]
    [InlineData(null, "")]
    public void Email_WithoutALocalPart_ShowsNothing(string? email, string expected) =>
        Assert.Equal(expected, PersonalDataMasking.Email(email));

    [Theory]
    [InlineData("𠀀三", ApplicantType.NaturalPerson, "𠀀*")] // a surname outside the BMP stays whole
    [InlineData(" 张三 ", ApplicantType.NaturalPerson, "张*")]
    [InlineData(" ", ApplicantType.NaturalPerson, "")]
    [InlineData(null, ApplicantType.NaturalPerson, "")]
    [InlineData(" 某公司 ", ApplicantType.CommercialEnterprise, "某公司")]
    public void Name_NaturalPersonsOnly_KeepTheSurname(string? name, ApplicantType type, string expected) =>
        Assert.Equal(expected, PersonalDataMasking.Name(name, type));

    [Fact]
    public void Name_ByDefault_IsANaturalPersons() => Assert.Equal("张*", PersonalDataMasking.Name("张三"));

    [Theory]
    [InlineData(IdDocumentType.Passport, " ", "请填写证件号码。")]
    [InlineData(IdDocumentType.ResidentIdCard, "14052519900101123", "居民身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X。")]
    [InlineData(IdDocumentType.ResidentIdCard, "14052519900101123Y", "居民身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X。")]
    [InlineData(IdDocumentType.ResidentIdCard, "A40525199001011231", "居民身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X。")]
    [InlineData(IdDocumentType.ResidentIdCard, "14052519900101A239", "居民身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X。")] // A counted as 17 would fit the check digit
    [InlineData(IdDocumentType.ResidentIdCard, "040525199001011231", "居民身份证号码中的出生日期不正确。")] // right check digit, no area code 0
    [InlineData(IdDocumentType.ResidentIdCard, "14052518991231123X", "居民身份证号码中的出生日期不正确。")] // 1899-12-31
    [InlineData(IdDocumentType.ResidentIdCard, "140525202602291230", "居民身份证号码中的出生日期不正确。")] // no 29 February 2026
    [InlineData(IdDocumentType.ResidentIdCard, "140525199001011234", "居民身份证号码校验位不正确，请核对。")]
    [InlineData(IdDocumentType.UnifiedSocialCreditCode, "91330100716105852E", "统一社会信用代码应为 18 位且校验码正确。")]
    [InlineData(IdDocumentType.Other, "1234", "证件号码应为 5 至 32 位字母或数字。")]
    [InlineData(IdDocumentType.Other, "123456789012345678901234567890123", "证件号码应为 5 至 32 位字母或数字。")] // 33
    [InlineData(IdDocumentType.Other, "AB_12", "证件号码应为 5 至 32 位字母或数字。")]
    public void Problem_WrongNumber_GivesTheReason(IdDocumentType type, string number, string expected) =>
        Assert.Equal(expected, IdentityNumbers.Problem(type, number));

    [Theory]
    [InlineData(IdDocumentType.ResidentIdCard, "140525190001011234")] // born 1900-01-01, the first year accepted
    [InlineData(IdDocumentType.ResidentIdCard, "140525202402291236")] // 29 February of a leap year
    [InlineData(IdDocumentType.Other, "12345")]
    [InlineData(IdDocumentType.Other, "12345678901234567890123456789012")] // 32
    [InlineData(IdDocumentType.TaiwanPermit, "ab-1(2)")]
    [InlineData(IdDocumentType.UnifiedSocialCreditCode, "9114052500000000N0")] // check character 0 (sum divisible by 31)
    [InlineData(IdDocumentType.UnifiedSocialCreditCode, "91140525000000001Y")] // check character Y (30)
    public void Problem_RightNumber_IsNone(IdDocumentType type, string number) =>
        Assert.Null(IdentityNumbers.Problem(type, number));

    [Theory]
    [InlineData("9114052500000000N01")] // 19 characters
    [InlineData("9114052500000000NO")] // O is not in the GB 32100 alphabet
    [InlineData("91140525I0000000NL")] // I is not either, though counting it as -1 would make L the check character
    [InlineData("")]
    [InlineData(null)]
    public void IsValidCreditCode_WrongLengthOrCharacter_IsFalse(string? code) => Assert.False(IdentityNumbers.IsValidCreditCode(code));

    [Fact]
    public void Normalise_RemovesEveryKindOfSpaceAndUpperCases() =>
        Assert.Equal("11010519491231002X", IdentityNumbers.Normalise(" 110105\t1949\u30001231 002x\n"));
}
