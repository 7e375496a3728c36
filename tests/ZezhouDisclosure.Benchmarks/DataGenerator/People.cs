using System.Globalization;
using System.Text;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Benchmarks.DataGenerator;

/// <summary>Fictitious applicants: names, valid 居民身份证 numbers and 统一社会信用代码 (check digits computed per GB 11643 / GB 32100).</summary>
public static class People
{
    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "欧阳", "司马"];

    private static readonly string[] GivenParts =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "红", "文", "玉", "兰", "晋", "泽", "亮", "鹏", "宇", "欣", "浩", "然", "子", "涵"];

    private static readonly string[] Companies =
        ["泽州县{0}农业专业合作社", "晋城市{0}建筑工程有限公司", "泽州县{0}煤业有限公司", "山西{0}律师事务所", "泽州县{0}商贸有限公司", "晋城{0}科技有限公司"];

    private static readonly int[] IdCardWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCardCheck = "10X98765432";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private const string CreditCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static string PersonName(Random random)
    {
        var name = new StringBuilder(Surnames[random.Next(Surnames.Length)]);
        var parts = random.Next(1, 3);
        for (var i = 0; i < parts; i++)
        {
            name.Append(GivenParts[random.Next(GivenParts.Length)]);
        }

        return name.ToString();
    }

    public static string CompanyName(Random random) =>
        string.Format(CultureInfo.InvariantCulture, Companies[random.Next(Companies.Length)],
            GivenParts[random.Next(GivenParts.Length)] + GivenParts[random.Next(GivenParts.Length)]);

    /// <summary>An 18-digit 居民身份证 number of someone born in 泽州县 (140525) between 1950 and 2005.</summary>
    public static string ResidentId(Random random)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 55 * 365));
        var body = "140525" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * IdCardWeights[i];
        }

        return body + IdCardCheck[sum % 11];
    }

    /// <summary>A 统一社会信用代码 of an enterprise registered in 泽州县.</summary>
    public static string CreditCode(Random random)
    {
        var body = new StringBuilder("91140525");
        for (var i = 0; i < 9; i++)
        {
            body.Append(CreditCharacters[random.Next(CreditCharacters.Length)]);
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CreditCharacters.IndexOf(body[i]) * CreditWeights[i];
        }

        return body.Append(CreditCharacters[(31 - (sum % 31)) % 31]).ToString();
    }

    public static string MobilePhone(Random random) =>
        "1" + "3578"[random.Next(4)] + random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>Applicant details that pass the application's own identity checks.</summary>
    public static ApplicantDetails Applicant(Random random)
    {
        var person = random.Next(10) < 8;
        var details = person
            ? new ApplicantDetails(ApplicantType.NaturalPerson, PersonName(random), IdDocumentType.ResidentIdCard, ResidentId(random),
                MobilePhone(random), random.Next(3) == 0 ? $"user{random.Next(100_000)}@example.com" : null,
                random.Next(2) == 0 ? $"山西省晋城市泽州县{Texts.Pick(random, "高都镇", "巴公镇", "大阳镇", "南村镇", "金村镇")}{random.Next(1, 40)}号" : null)
            : new ApplicantDetails(Texts.Pick(random, "CommercialEnterprise", "LegalServiceInstitution") == "CommercialEnterprise"
                    ? ApplicantType.CommercialEnterprise : ApplicantType.LegalServiceInstitution,
                CompanyName(random), IdDocumentType.UnifiedSocialCreditCode, CreditCode(random), MobilePhone(random), null,
                $"山西省晋城市泽州县{random.Next(1, 200)}号");
        if (IdentityNumbers.Problem(details.IdType, details.IdNumber) is { } problem)
        {
            throw new InvalidOperationException($"Generated an invalid identity number {details.IdNumber}: {problem}");
        }

        return details;
    }
}
