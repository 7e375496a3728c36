using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.Requests;

public class IdentityNumbersTests
{
    [Theory]
    [InlineData("11010519491231002X", true)] // the GB 11643 example, check character X
    [InlineData("11010519491231002x", true)] // lower-case x accepted
    [InlineData("440524188001010014", false)] // the standard's other example: check digit right, but born in 1880
    [InlineData("140525199001011235", true)]
    [InlineData(" 1405 2519 9001 0112 35 ", true)] // spaces as people type them
    [InlineData("140525199001011234", false)] // wrong check digit
    [InlineData("110105194912310021", false)] // X replaced by a digit
    [InlineData("140525199002301234", false)] // 30 February
    [InlineData("140525180001011235", false)] // born before 1900
    [InlineData("14052519900101123", false)] // 17 characters
    [InlineData("1405251990010112X5", false)] // X not at the end
    [InlineData("", false)]
    public void IsValidResidentIdCard_ChecksLengthBirthDateAndCheckDigit(string number, bool expected)
    {
        Assert.Equal(expected, IdentityNumbers.IsValidResidentIdCard(number));
    }

    [Theory]
    [InlineData("91330100716105852F", true)]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91350100m000100y43", true)] // case-insensitive
    [InlineData("911100001000002018", true)]
    [InlineData("91330100716105852E", false)] // wrong check character
    [InlineData("91330100716105852", false)] // 17 characters
    [InlineData("9133010071610585IF", false)] // I is not in the GB 32100 alphabet
    public void IsValidCreditCode_ChecksTheGb32100CheckCharacter(string code, bool expected)
    {
        Assert.Equal(expected, IdentityNumbers.IsValidCreditCode(code));
    }

    [Theory]
    [InlineData(IdDocumentType.ResidentIdCard, "140525199001011235", null)]
    [InlineData(IdDocumentType.ResidentIdCard, "140525199001011234", "校验位")]
    [InlineData(IdDocumentType.ResidentIdCard, "140525199013011234", "出生日期")]
    [InlineData(IdDocumentType.UnifiedSocialCreditCode, "91330100716105852F", null)]
    [InlineData(IdDocumentType.UnifiedSocialCreditCode, "11010519491231002X", "统一社会信用代码")]
    [InlineData(IdDocumentType.Passport, "E12345678", null)]
    [InlineData(IdDocumentType.HongKongMacaoPermit, "H1234567890", null)]
    [InlineData(IdDocumentType.Other, "1234", "5 至 32 位")]
    [InlineData(IdDocumentType.Other, "<script>", "5 至 32 位")]
    [InlineData(IdDocumentType.Passport, "", "请填写")]
    public void Problem_PerDocumentType_ExplainsInChinese(IdDocumentType type, string number, string? expected)
    {
        var problem = IdentityNumbers.Problem(type, number);

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.NotNull(problem);
            Assert.Contains(expected, problem);
        }
    }

    [Theory]
    [InlineData("14052519900101123X", "1405**********123X")]
    [InlineData("91330100716105852F", "9133**********852F")]
    [InlineData("E12345678", "E123*5678")]
    [InlineData("A123456", "A*****6")]
    [InlineData("", "")]
    public void MaskIdNumber_KeepsOnlyTheEnds(string number, string expected)
    {
        Assert.Equal(expected, PersonalDataMasking.IdNumber(number));
    }

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("0356-1234567", "********4567")]
    [InlineData("", "")]
    public void MaskPhone_ShowsOnlyPrefixAndLastFour(string phone, string expected)
    {
        Assert.Equal(expected, PersonalDataMasking.Phone(phone));
    }

    [Theory]
    [InlineData("张三", ApplicantType.NaturalPerson, "张*")]
    [InlineData("欧阳娜娜", ApplicantType.NaturalPerson, "欧***")]
    [InlineData("李", ApplicantType.NaturalPerson, "李*")]
    [InlineData("山西某某律师事务所", ApplicantType.LegalServiceInstitution, "山西某某律师事务所")]
    public void MaskName_MasksNaturalPersonsOnly(string name, ApplicantType type, string expected)
    {
        Assert.Equal(expected, PersonalDataMasking.Name(name, type));
    }

    [Theory]
    [InlineData("zhangsan@example.com", "z*******@example.com")]
    [InlineData("a@b.cn", "a*@b.cn")]
    public void MaskEmail_KeepsTheFirstLetterAndDomain(string email, string expected)
    {
        Assert.Equal(expected, PersonalDataMasking.Email(email));
    }
}
