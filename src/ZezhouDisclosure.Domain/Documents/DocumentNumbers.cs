using System.Text;

namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// 发文字号 written many ways: 泽政办发〔2020〕22号, 泽政办发[2020]22号, 泽政办发【2020】22号, 泽政办发（2020）22号,
/// full-width digits ２０２０. The normal form uses 〔〕 and half-width digits and no spaces, so search and
/// uniqueness checks see them as one.
/// </summary>
public static class DocumentNumbers
{
    public static string? Normalise(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var builder = new StringBuilder(number.Length);
        foreach (var c in number.Trim())
        {
            switch (c)
            {
                case '[' or '【' or '［' or '〔' or '(' or '（' or '{' or '｛' or '〖' or '﹝':
                    builder.Append('〔');
                    break;
                case ']' or '】' or '］' or '〕' or ')' or '）' or '}' or '｝' or '〗' or '﹞':
                    builder.Append('〕');
                    break;
                case >= '０' and <= '９':
                    builder.Append((char)('0' + (c - '０')));
                    break;
                case ' ' or '\u3000' or '\t':
                    break;
                case '第' when builder.Length > 0 && builder[^1] == '〕':
                    break; // 〔2020〕第22号 → 〔2020〕22号
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
