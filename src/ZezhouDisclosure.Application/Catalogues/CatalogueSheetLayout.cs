using System.Globalization;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// The standard table as a worksheet: two header rows as published catalogues use them, channels as ■/□ sub-columns,
/// 公开对象 / 公开方式 / 公开层级 as √, and a last column for 未涉及 explanations. One sheet per area; a separate
/// sheet lists the areas that do not concern the township.
/// </summary>
public static class CatalogueSheetLayout
{
    public const string NotInvolvedSheet = "未涉及领域说明";
    public const int HeaderRows = 2;
    public const string Checked = "■";
    public const string Unchecked = "□";
    public const string Tick = "√";

    private const int FirstChannel = 8;
    private static readonly int AudiencePublic = FirstChannel + CatalogueLabels.Channels.Count;

    public static int ColumnCount => AudiencePublic + 7;

    /// <summary>The second header row's names, one per column (for error messages).</summary>
    public static IReadOnlyList<string> ColumnNames { get; } =
    [
        "序号", "一级事项", "二级事项", "三级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
        .. CatalogueLabels.Channels.Select(c => "公开渠道和载体：" + c.Label),
        "公开对象：全社会", "公开对象：特定群体", "公开方式：主动", "公开方式：依申请", "公开层级：县级", "公开层级：乡级", "未涉及说明",
    ];

    public static IReadOnlyList<IReadOnlyList<string?>> Header()
    {
        var top = new string?[ColumnCount];
        top[0] = "序号";
        top[1] = "公开事项";
        top[4] = "公开内容（要素）";
        top[5] = "公开依据";
        top[6] = "公开时限";
        top[7] = "公开主体";
        top[FirstChannel] = "公开渠道和载体";
        top[AudiencePublic] = "公开对象";
        top[AudiencePublic + 2] = "公开方式";
        top[AudiencePublic + 4] = "公开层级";
        top[AudiencePublic + 6] = "未涉及说明";
        var second = new string?[ColumnCount];
        second[1] = "一级事项";
        second[2] = "二级事项";
        second[3] = "三级事项";
        for (var i = 0; i < CatalogueLabels.Channels.Count; i++)
        {
            second[FirstChannel + i] = CatalogueLabels.Channels[i].Label;
        }

        second[AudiencePublic] = "全社会";
        second[AudiencePublic + 1] = "特定群体";
        second[AudiencePublic + 2] = "主动";
        second[AudiencePublic + 3] = "依申请";
        second[AudiencePublic + 4] = "县级";
        second[AudiencePublic + 5] = "乡级";
        return [top, second];
    }

    public static IReadOnlyList<string?> Row(int number, CatalogueItemContent c, string? notInvolvedExplanation)
    {
        var cells = new string?[ColumnCount];
        cells[0] = number.ToString(CultureInfo.InvariantCulture);
        cells[1] = c.Level1;
        cells[2] = c.Level2;
        cells[3] = c.Level3;
        cells[4] = c.Content;
        cells[5] = c.Basis;
        cells[6] = c.TimeLimit;
        cells[7] = c.Subject;
        for (var i = 0; i < CatalogueLabels.Channels.Count; i++)
        {
            cells[FirstChannel + i] = c.Channels.HasFlag(CatalogueLabels.Channels[i].Channel) ? Checked : Unchecked;
        }

        cells[AudiencePublic] = c.Audience == DisclosureAudience.Public ? Tick : null;
        cells[AudiencePublic + 1] = c.Audience == DisclosureAudience.SpecificGroup ? Tick : null;
        cells[AudiencePublic + 2] = c.Mode == CatalogueDisclosureMode.Proactive ? Tick : null;
        cells[AudiencePublic + 3] = c.Mode == CatalogueDisclosureMode.OnRequest ? Tick : null;
        cells[AudiencePublic + 4] = c.Levels.HasFlag(DisclosureLevels.County) ? Tick : null;
        cells[AudiencePublic + 5] = c.Levels.HasFlag(DisclosureLevels.Township) ? Tick : null;
        cells[AudiencePublic + 6] = notInvolvedExplanation;
        return cells;
    }

    /// <summary>
    /// Reads one data row. Every problem is reported as (column index, message); the content is null when any exists.
    /// </summary>
    public static (ImportedRow? Row, IReadOnlyList<(int Column, string Message)> Problems) Parse(IReadOnlyList<string?> cells)
    {
        string? Cell(int i) => i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;
        var problems = new List<(int, string)>();
        var channels = DisclosureChannels.None;
        for (var i = 0; i < CatalogueLabels.Channels.Count; i++)
        {
            switch (Cell(FirstChannel + i))
            {
                case Checked or Tick:
                    channels |= CatalogueLabels.Channels[i].Channel;
                    break;
                case null or Unchecked:
                    break;
                default:
                    problems.Add((FirstChannel + i, $"只能填写“{Checked}”（选中）或“{Unchecked}”（未选）。"));
                    break;
            }
        }

        bool? Ticked(int column)
        {
            var value = Cell(column);
            if (value is null)
            {
                return false;
            }

            if (value is Tick or Checked)
            {
                return true;
            }

            problems.Add((column, $"只能填写“{Tick}”或留空。"));
            return null;
        }

        DisclosureAudience? audience = null;
        CatalogueDisclosureMode? mode = null;
        var levels = DisclosureLevels.None;
        var (isPublic, isGroup) = (Ticked(AudiencePublic), Ticked(AudiencePublic + 1));
        if (isPublic is not null && isGroup is not null)
        {
            if (isPublic == isGroup)
            {
                problems.Add((AudiencePublic, "公开对象须在“全社会”“特定群体”中勾选一项。"));
            }
            else
            {
                audience = isPublic.Value ? DisclosureAudience.Public : DisclosureAudience.SpecificGroup;
            }
        }

        var (proactive, onRequest) = (Ticked(AudiencePublic + 2), Ticked(AudiencePublic + 3));
        if (proactive is not null && onRequest is not null)
        {
            if (proactive == onRequest)
            {
                problems.Add((AudiencePublic + 2, "公开方式须在“主动”“依申请”中勾选一项。"));
            }
            else
            {
                mode = proactive.Value ? CatalogueDisclosureMode.Proactive : CatalogueDisclosureMode.OnRequest;
            }
        }

        var (county, township) = (Ticked(AudiencePublic + 4), Ticked(AudiencePublic + 5));
        if (county == true)
        {
            levels |= DisclosureLevels.County;
        }

        if (township == true)
        {
            levels |= DisclosureLevels.Township;
        }

        var content = new CatalogueItemContent(
            Cell(1) ?? "", Cell(2) ?? "", Cell(3), Cell(4) ?? "", Cell(5), Cell(6) ?? "", Cell(7) ?? "",
            channels, audience ?? DisclosureAudience.Public, mode ?? CatalogueDisclosureMode.Proactive, levels);
        foreach (var (field, message) in content.Problems())
        {
            var column = field switch
            {
                nameof(CatalogueItemContent.Level1) => 1,
                nameof(CatalogueItemContent.Level2) => 2,
                nameof(CatalogueItemContent.Level3) => 3,
                nameof(CatalogueItemContent.Content) => 4,
                nameof(CatalogueItemContent.Basis) => 5,
                nameof(CatalogueItemContent.TimeLimit) => 6,
                nameof(CatalogueItemContent.Subject) => 7,
                nameof(CatalogueItemContent.Channels) => FirstChannel,
                nameof(CatalogueItemContent.Levels) => AudiencePublic + 4,
                _ => 0,
            };
            if (!(county is null || township is null) || column != AudiencePublic + 4)
            {
                problems.Add((column, message));
            }
        }

        return problems.Count > 0 ? (null, problems) : (new ImportedRow(content, Cell(AudiencePublic + 6)), problems);
    }

    /// <summary>Spreadsheet column letters: 0 → A, 26 → AA.</summary>
    public static string ColumnLetter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnLetter((index / 26) - 1) + (char)('A' + (index % 26));

    public static bool IsBlank(IReadOnlyList<string?> cells) => cells.All(string.IsNullOrWhiteSpace);
}
