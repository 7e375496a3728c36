using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// Reads the catalogue sheets county offices actually exchange, not only our own export: columns are found by their
/// header names (one or two header rows, anywhere in the first rows), the area by the sheet name or a title above
/// the header (through <see cref="PilotAreaNames"/>), merged cells are filled from the row above, a missing 公开层级
/// column means the catalogue's own level, ticks may carry words (kept as a note in 公开内容), and every cell is
/// cleaned by <see cref="CellText"/>. Nothing is refused wholesale: each row is understood, changed (with what was
/// changed) or unreadable (with the cell and the reason).
/// </summary>
public static class CatalogueSheetReader
{
    /// <summary>Time limits beyond this many (working) days are warned about.</summary>
    public const int PlausibleDays = 60;

    private const int HeaderSearchRows = 8;

    private enum Field
    {
        Number, Level1, Level2, Level3, Content, Basis, TimeLimit, Subject, Channels, Channel, Public, Group,
        Proactive, OnRequest, County, Township, NotInvolved,
    }

    private sealed record ColumnMap(Dictionary<Field, int> Single, List<(int Column, DisclosureChannels Channel, string Label)> Channels, int DataStart);

    public static ImportPreview Read(IReadOnlyList<Sheet> sheets, IReadOnlyList<(int Id, string Name)> areas, DisclosureLevels ownLevel)
    {
        var rows = new List<ImportPreviewRow>();
        var problems = new List<ImportSheetProblem>();
        var notInvolved = new List<ImportNotInvolvedArea>();
        var names = areas.Select(a => a.Name).ToList();
        foreach (var sheet in sheets)
        {
            var sheetName = CellText.Normalise(sheet.Name) ?? "";
            if (sheetName.Contains("未涉及", StringComparison.Ordinal))
            {
                ReadNotInvolved(sheet, areas, names, notInvolved, problems);
                continue;
            }

            if (sheet.Rows.All(CatalogueSheetLayout.IsBlank))
            {
                continue;
            }

            var map = FindColumns(sheet);
            if (map is null)
            {
                problems.Add(new ImportSheetProblem(sheet.Name, "没有找到表头：应有“一级事项”“二级事项”“公开内容”“公开时限”“公开主体”等列。"));
                continue;
            }

            var missing = new[] { (Field.Level1, "一级事项"), (Field.Level2, "二级事项"), (Field.Content, "公开内容（要素）"), (Field.TimeLimit, "公开时限"), (Field.Subject, "公开主体") }
                .Where(f => !map.Single.ContainsKey(f.Item1)).Select(f => f.Item2).ToList();
            if (map.Channels.Count == 0 && !map.Single.ContainsKey(Field.Channels))
            {
                missing.Add("公开渠道和载体");
            }

            if (missing.Count > 0)
            {
                problems.Add(new ImportSheetProblem(sheet.Name, $"缺少必需的列：{string.Join("、", missing)}。"));
                continue;
            }

            var (areaId, areaName) = SheetArea(sheet, map.DataStart, areas, names);
            if (areaName is null)
            {
                problems.Add(new ImportSheetProblem(sheet.Name,
                    $"无法识别所属领域：工作表名称或表头上方的标题应含试点领域名称（如“社会救助”“生态环境”）或“{CatalogueDiff.CommonArea}”。"));
                continue;
            }

            ReadRows(sheet, map, areaId, areaName, ownLevel, rows);
        }

        foreach (var area in notInvolved.Where(n => rows.Any(r => r.PilotAreaId == n.PilotAreaId)).ToList())
        {
            notInvolved.Remove(area);
            problems.Add(new ImportSheetProblem(CatalogueSheetLayout.NotInvolvedSheet, $"“{area.AreaName}”既列为未涉及又填写了事项，按填写的事项读取。"));
        }

        return new ImportPreview(rows, problems, notInvolved);
    }

    /// <summary>Applies the clerk's answers to the duplicates; returns the rows to import, or the duplicates left unanswered.</summary>
    public static (IReadOnlyList<ImportPreviewRow> Rows, IReadOnlyList<string> Problems) Resolve(ImportPreview preview, IReadOnlyList<DuplicateResolution> answers)
    {
        var problems = new List<string>();
        var result = preview.Readable.ToList();
        foreach (var duplicate in preview.Duplicates)
        {
            var answer = answers.FirstOrDefault(a => a.DuplicateId == duplicate.Id);
            var label = $"“{duplicate.AreaName}”的事项“{duplicate.ItemKey.TrimEnd('／')}”（第{string.Join("、", duplicate.Rows.Select(r => r.RowNumber))}行）";
            if (answer is null)
            {
                problems.Add($"{label}重复，请选择合并或重命名。");
                continue;
            }

            if (answer.Merge)
            {
                var merged = duplicate.Rows[0] with { Content = Merge(duplicate.Rows.Select(r => r.Content!).ToList()) };
                result[result.IndexOf(duplicate.Rows[0])] = merged;
                foreach (var row in duplicate.Rows.Skip(1))
                {
                    result.Remove(row);
                }

                continue;
            }

            for (var i = 1; i < duplicate.Rows.Count; i++)
            {
                var name = CellText.Normalise(answer.NewNames.ElementAtOrDefault(i - 1));
                var row = duplicate.Rows[i];
                if (name is null)
                {
                    problems.Add($"{label}：请为第{row.RowNumber}行填写新的三级事项名称。");
                    continue;
                }

                result[result.IndexOf(row)] = row with { Content = row.Content! with { Level3 = name } };
            }
        }

        var stillDuplicated = result.Where(r => r.Key is not null).GroupBy(r => r.Key!).Where(g => g.Count() > 1).ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(stillDuplicated.Select(g => $"重命名后“{g.First().AreaName}”的事项“{g.First().Content!.Key.TrimEnd('／')}”仍然重复，请换一个名称。"));
        }

        return (result, problems);
    }

    /// <summary>Several rows of the same 事项 as one: contents and differing texts joined line by line, ticks combined.</summary>
    public static CatalogueItemContent Merge(IReadOnlyList<CatalogueItemContent> rows)
    {
        static string Join(IEnumerable<string?> values) => string.Join('\n', values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct());
        var first = rows[0];
        return first with
        {
            Content = Join(rows.Select(r => r.Content)),
            Basis = Join(rows.Select(r => r.Basis)) is { Length: > 0 } basis ? basis : null,
            TimeLimit = Join(rows.Select(r => r.TimeLimit)),
            Subject = Join(rows.Select(r => r.Subject)),
            Channels = rows.Aggregate(DisclosureChannels.None, (c, r) => c | r.Channels),
            Levels = rows.Aggregate(DisclosureLevels.None, (l, r) => l | r.Levels),
        };
    }

    private static void ReadNotInvolved(
        Sheet sheet, IReadOnlyList<(int Id, string Name)> areas, List<string> names, List<ImportNotInvolvedArea> result, List<ImportSheetProblem> problems)
    {
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var cells = sheet.Rows[r].Select(CellText.Normalise).ToList();
            var name = cells.ElementAtOrDefault(0);
            if (name is null || name is "领域" or "试点领域")
            {
                continue;
            }

            var area = PilotAreaNames.Resolve(name, names);
            var why = cells.ElementAtOrDefault(1);
            if (area is null)
            {
                problems.Add(new ImportSheetProblem(sheet.Name, $"A{r + 1}：“{name}”不是26个试点领域之一。"));
            }
            else if (why is null)
            {
                problems.Add(new ImportSheetProblem(sheet.Name, $"B{r + 1}：未涉及的领域“{area}”必须说明理由。"));
            }
            else
            {
                result.Add(new ImportNotInvolvedArea(areas.First(a => a.Name == area).Id, area, why));
            }
        }
    }

    private static (int? Id, string? Name) SheetArea(Sheet sheet, int dataStart, IReadOnlyList<(int Id, string Name)> areas, List<string> names)
    {
        var titles = new List<string?> { sheet.Name };
        titles.AddRange(sheet.Rows.Take(Math.Max(0, dataStart - 1)).SelectMany(r => r));
        foreach (var title in titles.Select(CellText.Normalise).Where(t => t is not null))
        {
            if (title!.Contains("共性", StringComparison.Ordinal))
            {
                return (null, CatalogueDiff.CommonArea);
            }

            if (PilotAreaNames.Resolve(title, names) is { } name)
            {
                return (areas.First(a => a.Name == name).Id, name);
            }
        }

        return (null, null);
    }

    private static ColumnMap? FindColumns(Sheet sheet)
    {
        for (var start = 0; start < Math.Min(HeaderSearchRows, sheet.Rows.Count); start++)
        {
            var h = start;
            var row = sheet.Rows[h].Select(c => Key(c)).ToList();
            var level1 = row.FindIndex(c => c is "一级事项" or "一级" or "一级目录");
            if (level1 < 0)
            {
                continue;
            }

            // The row with 一级事项 is the lower header row when the row above groups columns (公开事项, 公开渠道和载体 …);
            // it is the upper one when the row below names the ticks (全社会, 主动, 县级 …) under their groups.
            List<string>? top = null;
            var next = h + 1 < sheet.Rows.Count ? sheet.Rows[h + 1].Select(c => Key(c)).ToList() : [];
            if (next.Any(c => c is "全社会" or "主动" or "主动公开" or "县级" or "乡级" or "政府网站"))
            {
                top = row;
                row = next;
                h++;
            }
            else if (h > 0 && !CatalogueSheetLayout.IsBlank(sheet.Rows[h - 1]))
            {
                top = sheet.Rows[h - 1].Select(c => Key(c)).ToList();
            }

            var width = Math.Max(row.Count, top?.Count ?? 0);
            var single = new Dictionary<Field, int>();
            var channels = new List<(int, DisclosureChannels, string)>();
            string? group = null;
            for (var c = 0; c < width; c++)
            {
                var lower = c < row.Count ? row[c] : "";
                var upper = top is not null && c < top.Count ? top[c] : "";
                if (upper.Length > 0)
                {
                    group = upper;
                }

                var name = lower.Length > 0 ? lower : upper;
                var field = Classify(name, lower.Length > 0 ? group ?? "" : "");
                if (field == Field.Channel && Channel(name) is { } channel)
                {
                    channels.Add((c, channel.Channel, channel.Label));
                }
                else if (field is { } f && f != Field.Channel)
                {
                    single.TryAdd(f, c);
                }
            }

            return new ColumnMap(single, channels, h + 1);
        }

        return null;
    }

    private static string Key(string? cell) => (CellText.Normalise(cell) ?? "").Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    private static Field? Classify(string name, string group)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (Channel(name) is not null && !name.StartsWith("公开渠道", StringComparison.Ordinal))
        {
            return Field.Channel;
        }

        return name switch
        {
            "序号" => Field.Number,
            "一级事项" or "一级" or "一级目录" => Field.Level1,
            "二级事项" or "二级" or "二级目录" => Field.Level2,
            "三级事项" or "三级" or "三级目录" => Field.Level3,
            _ when name.StartsWith("公开内容", StringComparison.Ordinal) || name == "内容" => Field.Content,
            _ when name.Contains("依据", StringComparison.Ordinal) => Field.Basis,
            _ when name.Contains("时限", StringComparison.Ordinal) => Field.TimeLimit,
            _ when name.Contains("主体", StringComparison.Ordinal) => Field.Subject,
            _ when name.StartsWith("公开渠道", StringComparison.Ordinal) => Field.Channels,
            "全社会" => Field.Public,
            "特定群体" or "特定群众" or "特定对象" => Field.Group,
            "主动" or "主动公开" => Field.Proactive,
            "依申请" or "依申请公开" => Field.OnRequest,
            _ when name.StartsWith("未涉及", StringComparison.Ordinal) => Field.NotInvolved,
            _ when group.Contains("层级", StringComparison.Ordinal) && (name.StartsWith('县') || name.StartsWith('区') || name.StartsWith('市')) => Field.County,
            _ when group.Contains("层级", StringComparison.Ordinal) && (name.StartsWith('乡') || name.StartsWith('镇') || name.StartsWith("街道", StringComparison.Ordinal)) => Field.Township,
            "县级" or "区级" => Field.County,
            "乡级" or "镇级" or "乡镇级" or "乡、村级" or "镇（街）级" or "镇街级" => Field.Township,
            _ => null,
        };
    }

    /// <summary>The standard channel a header or list entry names (“社区/企事业单位/村公示栏（电子屏）” also as “村公示栏”).</summary>
    private static (DisclosureChannels Channel, string Label)? Channel(string text)
    {
        var key = text.Replace("（", "", StringComparison.Ordinal).Replace("）", "", StringComparison.Ordinal).Replace("、", "/", StringComparison.Ordinal);
        foreach (var (channel, label) in CatalogueLabels.Channels)
        {
            var bare = label.Replace("（", "", StringComparison.Ordinal).Replace("）", "", StringComparison.Ordinal);
            if (key == bare || key == label)
            {
                return (channel, label);
            }
        }

        return key switch
        {
            _ when key.Contains("公示栏", StringComparison.Ordinal) => (DisclosureChannels.NoticeBoard, CatalogueLabels.Channels[10].Label),
            _ when key.StartsWith("发布会", StringComparison.Ordinal) || key.StartsWith("听证会", StringComparison.Ordinal) => (DisclosureChannels.PressConferenceHearing, "发布会/听证会"),
            _ when key.StartsWith("其他", StringComparison.Ordinal) => (DisclosureChannels.Other, "其他"),
            _ when key.StartsWith("入户", StringComparison.Ordinal) || key == "现场" => (DisclosureChannels.OnSite, "入户/现场"),
            _ when key.EndsWith("政府网站", StringComparison.Ordinal) || key.EndsWith("门户网站", StringComparison.Ordinal) => (DisclosureChannels.GovernmentWebsite, "政府网站"),
            _ => null,
        };
    }

    private static void ReadRows(Sheet sheet, ColumnMap map, int? areaId, string areaName, DisclosureLevels ownLevel, List<ImportPreviewRow> rows)
    {
        var above = new Dictionary<Field, string>();
        for (var r = map.DataStart; r < sheet.Rows.Count; r++)
        {
            var cells = sheet.Rows[r];
            if (CatalogueSheetLayout.IsBlank(cells))
            {
                continue;
            }

            var changes = new List<string>();
            var warnings = new List<string>();
            var problems = new List<ImportCellProblem>();
            var notes = new List<string>();
            string Address(int column) => CatalogueSheetLayout.ColumnLetter(column) + (r + 1);
            string? Text(Field field, string column, bool fillFromAbove = false, bool remember = false)
            {
                if (!map.Single.TryGetValue(field, out var index))
                {
                    return null;
                }

                var (text, cleaned) = CellText.Clean(cells.ElementAtOrDefault(index));
                changes.AddRange(cleaned.Select(c => $"{Address(index)}（{column}）：{c}"));
                if (text is null && fillFromAbove && above.TryGetValue(field, out var previous))
                {
                    changes.Add($"{Address(index)}（{column}）：空白（合并单元格），沿用上一行“{Shorten(previous)}”");
                    return previous;
                }

                if (text is not null && (fillFromAbove || remember))
                {
                    above[field] = text;
                }

                return text;
            }

            // A row that only carries the numbering or a section title is not a 事项.
            // 依据 / 时限 / 主体 are filled from above only inside a merged 一级事项 block (a sub-row); a new 事项 with
            // an empty required cell is reported, not guessed.
            var subRow = map.Single.TryGetValue(Field.Level1, out var level1Column) && CellText.Normalise(cells.ElementAtOrDefault(level1Column)) is null;
            var level1 = Text(Field.Level1, "一级事项", fillFromAbove: true);
            var level2 = Text(Field.Level2, "二级事项", fillFromAbove: true);
            var level3 = Text(Field.Level3, "三级事项");
            var content = Text(Field.Content, "公开内容（要素）");
            var basis = Text(Field.Basis, "公开依据", fillFromAbove: subRow, remember: true);
            var timeLimit = Text(Field.TimeLimit, "公开时限", fillFromAbove: subRow, remember: true);
            var subject = Text(Field.Subject, "公开主体", fillFromAbove: subRow, remember: true);
            var explanation = Text(Field.NotInvolved, "未涉及说明");
            if (content is null && level2 is null && level3 is null)
            {
                continue;
            }

            if (TimeLimitRule.IsSameAsAbove(timeLimit) && above.TryGetValue(Field.TimeLimit, out var earlier) && !TimeLimitRule.IsSameAsAbove(earlier))
            {
                timeLimit = earlier;
            }

            var channels = DisclosureChannels.None;
            foreach (var (column, channel, label) in map.Channels)
            {
                if (Tick(cells.ElementAtOrDefault(column), "公开渠道：" + label, Address(column), notes, changes, problems))
                {
                    channels |= channel;
                }
            }

            if (map.Single.TryGetValue(Field.Channels, out var listColumn) && map.Channels.Count == 0)
            {
                channels = ChannelList(CellText.Normalise(cells.ElementAtOrDefault(listColumn)), Address(listColumn), notes, changes, problems);
            }

            bool? Ticked(Field field, string column) => map.Single.TryGetValue(field, out var index)
                ? Tick(cells.ElementAtOrDefault(index), column, Address(index), notes, changes, problems)
                : null;

            var (isPublic, isGroup) = (Ticked(Field.Public, "公开对象：全社会"), Ticked(Field.Group, "公开对象：特定群体"));
            var audience = DisclosureAudience.Public;
            if (isPublic is null && isGroup is null)
            {
                changes.Add("没有“公开对象”列，按“全社会”读取");
            }
            else if (isGroup == true && isPublic != true)
            {
                audience = DisclosureAudience.SpecificGroup;
            }
            else if (isPublic != true)
            {
                problems.Add(new ImportCellProblem(Address(map.Single.GetValueOrDefault(Field.Public)), "公开对象", "“全社会”“特定群体”都未勾选。"));
            }
            else if (isGroup == true)
            {
                changes.Add("“全社会”“特定群体”都勾选了，按“全社会”读取");
            }

            var (proactive, onRequest) = (Ticked(Field.Proactive, "公开方式：主动"), Ticked(Field.OnRequest, "公开方式：依申请"));
            var mode = CatalogueDisclosureMode.Proactive;
            if (proactive is null && onRequest is null)
            {
                changes.Add("没有“公开方式”列，按“主动”读取");
            }
            else if (onRequest == true && proactive != true)
            {
                mode = CatalogueDisclosureMode.OnRequest;
            }
            else if (proactive != true)
            {
                problems.Add(new ImportCellProblem(Address(map.Single.GetValueOrDefault(Field.Proactive)), "公开方式", "“主动”“依申请”都未勾选。"));
            }
            else if (onRequest == true)
            {
                changes.Add("“主动”“依申请”都勾选了，按“主动”读取");
            }

            var levels = DisclosureLevels.None;
            var (county, township) = (Ticked(Field.County, "公开层级：县级"), Ticked(Field.Township, "公开层级：乡级"));
            if (county is null && township is null)
            {
                levels = ownLevel;
                changes.Add($"没有“公开层级”列，按本目录层级（{CatalogueLabels.Levels(ownLevel)}）读取");
            }
            else
            {
                levels |= county == true ? DisclosureLevels.County : DisclosureLevels.None;
                levels |= township == true ? DisclosureLevels.Township : DisclosureLevels.None;
                if (levels == DisclosureLevels.None)
                {
                    levels = ownLevel;
                    changes.Add($"公开层级未勾选，按本目录层级（{CatalogueLabels.Levels(ownLevel)}）读取");
                }
            }

            if (notes.Count > 0 && content is not null)
            {
                content += "\n备注：" + string.Join("；", notes);
            }

            var row = new CatalogueItemContent(level1 ?? "", level2 ?? "", level3, content ?? "", basis, timeLimit ?? "", subject ?? "",
                channels, audience, mode, levels);
            foreach (var (field, message) in row.Problems())
            {
                var (column, name) = field switch
                {
                    nameof(CatalogueItemContent.Level1) => (map.Single[Field.Level1], "一级事项"),
                    nameof(CatalogueItemContent.Level2) => (map.Single[Field.Level2], "二级事项"),
                    nameof(CatalogueItemContent.Level3) => (map.Single.GetValueOrDefault(Field.Level3), "三级事项"),
                    nameof(CatalogueItemContent.Content) => (map.Single[Field.Content], "公开内容（要素）"),
                    nameof(CatalogueItemContent.Basis) => (map.Single.GetValueOrDefault(Field.Basis), "公开依据"),
                    nameof(CatalogueItemContent.TimeLimit) => (map.Single[Field.TimeLimit], "公开时限"),
                    nameof(CatalogueItemContent.Subject) => (map.Single[Field.Subject], "公开主体"),
                    nameof(CatalogueItemContent.Channels) => (map.Channels.Count > 0 ? map.Channels[0].Column : map.Single.GetValueOrDefault(Field.Channels), "公开渠道和载体"),
                    _ => (0, field),
                };
                problems.Add(new ImportCellProblem(Address(column), name, message));
            }

            var rule = row.Rule;
            if (rule.Kind is TimeLimitKind.WorkingDays or TimeLimitKind.CalendarDays && rule.Days > PlausibleDays)
            {
                warnings.Add($"公开时限“{row.TimeLimit}”超过{PlausibleDays}个工作日，请核对是否填写有误。");
            }

            rows.Add(new ImportPreviewRow(sheet.Name, r + 1, areaId, areaName, problems.Count > 0 ? null : row, explanation,
                changes, warnings, problems));
        }
    }

    /// <summary>
    /// One tick cell: √ ✓ ■ 是 tick it; □ × 否 and blank do not; a tick followed by words, or words alone (a group
    /// name in 特定群体), tick it and keep the words as a note.
    /// </summary>
    private static bool Tick(string? raw, string column, string address, List<string> notes, List<string> changes, List<ImportCellProblem> problems)
    {
        var text = CellText.Normalise(raw);
        if (text is null || text is "□" or "☐" or "×" or "✗" or "否" or "无" or "-" or "—" or "/")
        {
            return false;
        }

        if (text is "√" or "✓" or "✔" or "■" or "☑" or "是" or "●" or "Y" or "y")
        {
            return true;
        }

        if (text[0] is '□' or '☐')
        {
            problems.Add(new ImportCellProblem(address, column, $"“{Shorten(text)}”：未勾选却写有文字，无法判断。"));
            return false;
        }

        var words = text.TrimStart('√', '✓', '✔', '■', '☑', ' ').Trim('（', '）', '(', ')', ' ').Replace('\n', ' ');
        notes.Add($"{column}：{words}");
        changes.Add($"{address}（{column}）：“{Shorten(text)}”按勾选读取，文字“{Shorten(words)}”保留为备注");
        return true;
    }

    /// <summary>A single 公开渠道和载体 cell listing the channels, ticked with ■ (or just named), unticked with □.</summary>
    private static DisclosureChannels ChannelList(string? text, string address, List<string> notes, List<string> changes, List<ImportCellProblem> problems)
    {
        if (text is null)
        {
            return DisclosureChannels.None;
        }

        var channels = DisclosureChannels.None;
        var parts = text.Replace("■", "\n■", StringComparison.Ordinal).Replace("□", "\n□", StringComparison.Ordinal)
            .Split(['\n', '、', '，', ',', '；', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = new List<string>();
        foreach (var part in parts)
        {
            if (part.StartsWith('□'))
            {
                continue;
            }

            var name = part.TrimStart('■', '√', '☑').Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (Channel(name) is { } channel)
            {
                channels |= channel.Channel;
            }
            else
            {
                unknown.Add(name);
            }
        }

        if (unknown.Count > 0)
        {
            channels |= DisclosureChannels.Other;
            notes.Add("公开渠道：" + string.Join("、", unknown));
            changes.Add($"{address}（公开渠道和载体）：“{Shorten(string.Join("、", unknown))}”不是标准渠道，按“其他”读取并保留为备注");
        }

        if (channels == DisclosureChannels.None)
        {
            problems.Add(new ImportCellProblem(address, "公开渠道和载体", "没有勾选（■）任何渠道。"));
        }

        return channels;
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
