using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>
/// What one row of a 政务公开事项标准目录 says (domain.md §1.2): the columns of the standard table, 序号 aside.
/// </summary>
public sealed record CatalogueItemContent(
    string Level1,
    string Level2,
    string? Level3,
    string Content,
    string? Basis,
    string TimeLimit,
    string Subject,
    DisclosureChannels Channels,
    DisclosureAudience Audience,
    CatalogueDisclosureMode Mode,
    DisclosureLevels Levels)
{
    public const int ContentLength = DataLimits.Description;

    public TimeLimitRule Rule => TimeLimitRule.Parse(TimeLimit);

    /// <summary>Identifies the same 事项 across versions of a catalogue: the three 事项 names.</summary>
    public string Key => $"{Level1.Trim()}／{Level2.Trim()}／{Level3?.Trim()}";

    /// <summary>The broken rules, each with the column it concerns; empty when the row is complete.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        Require(problems, nameof(Level1), "一级事项", Level1, DataLimits.Name);
        Require(problems, nameof(Level2), "二级事项", Level2, DataLimits.Name);
        Limit(problems, nameof(Level3), "三级事项", Level3, DataLimits.Name);
        Require(problems, nameof(Content), "公开内容（要素）", Content, ContentLength);
        Limit(problems, nameof(Basis), "公开依据", Basis, DataLimits.Reason);
        Require(problems, nameof(TimeLimit), "公开时限", TimeLimit, DataLimits.Title);
        Require(problems, nameof(Subject), "公开主体", Subject, DataLimits.Name);
        if (Channels == DisclosureChannels.None)
        {
            problems.Add((nameof(Channels), "请至少勾选一个公开渠道和载体。"));
        }

        if (!Enum.IsDefined(Audience))
        {
            problems.Add((nameof(Audience), "请选择公开对象（全社会或特定群体）。"));
        }

        if (!Enum.IsDefined(Mode))
        {
            problems.Add((nameof(Mode), "请选择公开方式（主动或依申请）。"));
        }

        if (Levels == DisclosureLevels.None)
        {
            problems.Add((nameof(Levels), "请至少勾选一个公开层级（县级或乡级）。"));
        }

        return problems;
    }

    /// <summary>The names of the columns that differ from <paramref name="other"/>, in table order.</summary>
    public IReadOnlyList<string> ChangedColumns(CatalogueItemContent other)
    {
        var changed = new List<string>();
        void Compare(bool same, string label)
        {
            if (!same)
            {
                changed.Add(label);
            }
        }

        Compare(Same(Content, other.Content), "公开内容（要素）");
        Compare(Same(Basis, other.Basis), "公开依据");
        Compare(Same(TimeLimit, other.TimeLimit), "公开时限");
        Compare(Same(Subject, other.Subject), "公开主体");
        Compare(Channels == other.Channels, "公开渠道和载体");
        Compare(Audience == other.Audience, "公开对象");
        Compare(Mode == other.Mode, "公开方式");
        Compare(Levels == other.Levels, "公开层级");
        return changed;
    }

    public CatalogueItemContent Trimmed() => this with
    {
        Level1 = Level1.Trim(),
        Level2 = Level2.Trim(),
        Level3 = string.IsNullOrWhiteSpace(Level3) ? null : Level3.Trim(),
        Content = Content.Trim(),
        Basis = string.IsNullOrWhiteSpace(Basis) ? null : Basis.Trim(),
        TimeLimit = TimeLimit.Trim(),
        Subject = Subject.Trim(),
    };

    private static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.Ordinal);

    private static void Require(List<(string, string)> problems, string field, string label, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add((field, $"{label}不能为空。"));
            return;
        }

        Limit(problems, field, label, value, max);
    }

    private static void Limit(List<(string, string)> problems, string field, string label, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            problems.Add((field, $"{label}不能超过{max}个字。"));
        }
    }
}
