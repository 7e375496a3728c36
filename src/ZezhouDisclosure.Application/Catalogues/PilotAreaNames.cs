using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// Recognises a pilot area from what county offices write in sheet names and titles: the 2019 national names, the
/// newer names of the same areas (生态环境 for 环境保护, 卫生健康 for 医疗卫生, 农村集体土地征收 for 征地补偿 …),
/// with or without 领域, bracketed qualifiers and a leading unit name (“高都镇社会救助领域基层政务公开标准目录”).
/// </summary>
public static partial class PilotAreaNames
{
    /// <summary>Other names of an area, mapped to the name used here (ReferenceData.PilotAreas).</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["生态环境"] = "环境保护",
        ["卫生健康"] = "医疗卫生",
        ["农村集体土地征收"] = "征地补偿",
        ["集体土地征收"] = "征地补偿",
        ["国有土地上房屋征收与补偿"] = "国有土地上房屋征收",
        ["房屋征收与补偿"] = "国有土地上房屋征收",
        ["公共法律"] = "公共法律服务",
        ["公用事业"] = "市政服务",
        ["城市管理综合执法"] = "城市综合执法",
        ["食品药品监督管理"] = "食品药品监管",
        ["就业创业"] = "就业",
        ["救灾生产"] = "救灾",
        ["防灾减灾救灾"] = "救灾",
        ["乡村振兴"] = "扶贫",
        ["巩固拓展脱贫攻坚成果"] = "扶贫",
        ["脱贫攻坚"] = "扶贫",
        ["保障性安居工程"] = "保障性住房",
        ["税务"] = "税收管理",
    };

    /// <summary>
    /// The area named in <paramref name="text"/>, or null. The longest known name contained in the text wins, after
    /// bracketed qualifiers, spaces and the words 领域 / 基层政务公开 / 标准目录 are removed.
    /// </summary>
    public static string? Resolve(string? text, IEnumerable<string> areaNames)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var names = areaNames.ToList();
        var bare = Bare(text);
        var plain = Bare(Brackets().Replace(text, ""));
        var candidates = names.Select(n => (Name: n, Alias: n))
            .Concat(Aliases.Where(a => names.Contains(a.Value)).Select(a => (Name: a.Value, Alias: a.Key)))
            .OrderByDescending(c => c.Alias.Length)
            .ToList();
        foreach (var source in new[] { plain, bare })
        {
            var exact = candidates.FirstOrDefault(c => c.Alias == source);
            if (exact.Name is not null)
            {
                return exact.Name;
            }
        }

        return candidates.FirstOrDefault(c => plain.Contains(c.Alias, StringComparison.Ordinal)).Name
            ?? candidates.FirstOrDefault(c => bare.Contains(c.Alias, StringComparison.Ordinal)).Name;
    }

    private static string Bare(string text) =>
        Noise().Replace(CellText.Normalise(text) ?? "", "");

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\s|领域|基层政务公开|政务公开|事项|标准目录|目录|[（）()]")]
    private static partial Regex Noise();
}
