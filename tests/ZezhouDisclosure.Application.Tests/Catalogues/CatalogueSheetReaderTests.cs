using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using AppSheet = ZezhouDisclosure.Application.Common.Abstractions.Sheet;

namespace ZezhouDisclosure.Application.Tests.Catalogues;

/// <summary>
/// Fixture workbooks with the quirks of catalogues county offices actually exchange, each read through the real
/// xlsx reader, with the preview outcome expected for it.
/// </summary>
public class CatalogueSheetReaderTests
{
    private static readonly MiniExcelSpreadsheet Spreadsheet = new();

    private static readonly (int Id, string Name)[] Areas =
        [.. new[] { "社会救助", "养老服务", "环境保护", "医疗卫生", "征地补偿", "市政服务", "就业", "社会保险" }.Select((n, i) => (i + 1, n))];

    /// <summary>A published-catalogue header in two rows, as tengchong.gov.cn and others print it (渠道 as one column).</summary>
    private static readonly string?[] Top = ["序号", "公开事项", null, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", null, "公开方式", null, "公开层级", null];

    private static readonly string?[] Lower = [null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群体", "主动", "依申请", "县级", "乡级"];

    private static string?[] Data(string level1, string level2, string content = "●办理事项 ●办理条件", string timeLimit = "信息形成或者变更之日起20个工作日内",
        string? subject = "高都镇人民政府", string channels = "■政府网站 □政府公报 ■社区/企事业单位/村公示栏（电子屏）",
        string? audience = "√", string? group = null, string? level = "√") =>
        ["1", level1, level2, content, "《社会救助暂行办法》（国务院令第649号）", timeLimit, subject, channels, audience, group, "√", null, null, level];

    private static ImportPreview Read(params AppSheet[] sheets)
    {
        var file = Spreadsheet.Write(sheets);
        using var stream = new MemoryStream(file);
        return CatalogueSheetReader.Read(Spreadsheet.Read(stream), Areas, DisclosureLevels.Township);
    }

    private static AppSheet Sheet(string name, params string?[][] rows) => new(name, [Top, Lower, .. rows]);

    [Theory]
    [InlineData("社会救助", "社会救助")]
    [InlineData("生态环境", "环境保护")]
    [InlineData("生态环境领域", "环境保护")]
    [InlineData("卫生健康", "医疗卫生")]
    [InlineData("征地补偿（农村集体土地征收）", "征地补偿")]
    [InlineData("农村集体土地征收", "征地补偿")]
    [InlineData("市政服务(公用事业)", "市政服务")]
    [InlineData("高都镇就业创业领域基层政务公开标准目录", "就业")]
    [InlineData("社会 保险", "社会保险")]
    [InlineData("Sheet1", null)]
    public void AreaName_OldNewAndQualifiedNames_ResolveToTheArea(string text, string? expected)
    {
        Assert.Equal(expected, PilotAreaNames.Resolve(text, Areas.Select(a => a.Name)));
    }

    [Fact]
    public void Read_NewNationalAreaNameWithQualifier_IsUnderstoodUnderTheArea()
    {
        var preview = Read(Sheet("生态环境（环境保护）", Data("行政处罚", "行政处罚决定")));

        var row = Assert.Single(preview.Rows);
        Assert.Equal("环境保护", row.AreaName);
        Assert.Equal(3, row.PilotAreaId);
        Assert.Equal(ImportRowStatus.Understood, row.Status);
    }

    [Fact]
    public void Read_GenericSheetNameWithTitleRow_TakesTheAreaFromTheTitle()
    {
        var preview = Read(new AppSheet("Sheet1", [["卫生健康领域基层政务公开标准目录"], Top, Lower, Data("计划生育", "奖励扶助")]));

        Assert.Equal("医疗卫生", Assert.Single(preview.Rows).AreaName);
        Assert.Empty(preview.SheetProblems);
    }

    [Fact]
    public void Read_NoLevelColumns_DefaultsToTheCatalogueLevelAndSaysSo()
    {
        var top = Top[..12];
        var lower = Lower[..12];
        var preview = Read(new AppSheet("社会救助", [top, lower, Data("临时救助", "办事指南")[..12]]));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(DisclosureLevels.Township, row.Content!.Levels);
        Assert.Equal(ImportRowStatus.Changed, row.Status);
        Assert.Contains("没有“公开层级”列，按本目录层级（乡级）读取", row.Changes);
    }

    [Fact]
    public void Read_MergedLevel1AndSplitSubRows_FillsFromAboveAndReportsTheDuplicate()
    {
        var file = MergedWorkbook("社会救助",
            [Top, Lower, Data("最低生活保障", "审核信息"), Data("", "审批信息"), Data("", "", content: "低保对象名单")],
            "B3:B5", "C4:C5");
        using var stream = new MemoryStream(file);

        var preview = CatalogueSheetReader.Read(Spreadsheet.Read(stream), Areas, DisclosureLevels.Township);

        Assert.Equal(3, preview.Rows.Count);
        Assert.All(preview.Rows, r => Assert.Equal("最低生活保障", r.Content!.Level1));
        Assert.Contains(preview.Rows[1].Changes, c => c.StartsWith("B4（一级事项）：空白（合并单元格），沿用上一行", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[2].Changes, c => c.StartsWith("C5（二级事项）：空白（合并单元格）", StringComparison.Ordinal));
        var duplicate = Assert.Single(preview.Duplicates);
        Assert.Equal([4, 5], duplicate.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Read_TickWithTrailingWords_IsTickedAndKeepsTheWordsAsANote()
    {
        var preview = Read(Sheet("社会救助", Data("最低生活保障", "审核信息", level: "√（仅在村公示栏）")));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(DisclosureLevels.Township, row.Content!.Levels);
        Assert.EndsWith("备注：公开层级：乡级：仅在村公示栏", row.Content.Content, StringComparison.Ordinal);
        Assert.Equal(ImportRowStatus.Changed, row.Status);
    }

    [Fact]
    public void Read_GroupNameInsteadOfTick_IsTheSpecificGroupWithTheNameKept()
    {
        var preview = Read(Sheet("社会救助", Data("最低生活保障", "审批信息", audience: null, group: "低保对象")));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(DisclosureAudience.SpecificGroup, row.Content!.Audience);
        Assert.Contains("公开对象：特定群体：低保对象", row.Content.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HalfWidthBracketsAndOddSpaces_AreNormalisedAndListedAsChanges()
    {
        var preview = Read(Sheet("社会救助", Data("最低生活保障\u00A0", "审核信息", content: "初审对象名单(含\u3000家庭人口)", subject: "高都镇\u3000\u3000人民政府")));

        var row = Assert.Single(preview.Rows);
        Assert.Equal("最低生活保障", row.Content!.Level1);
        Assert.Equal("初审对象名单（含 家庭人口）", row.Content.Content);
        Assert.Equal("高都镇 人民政府", row.Content.Subject);
        Assert.Contains("D3（公开内容（要素））：半角括号改为全角括号", row.Changes);
        Assert.Contains("B3（一级事项）：清除了不间断空格、全角空格等特殊空白", row.Changes);
    }

    [Fact]
    public void Read_LineBreaksInsideACell_AreKept()
    {
        var preview = Read(Sheet("社会救助", Data("最低生活保障", "办事指南", content: "1.办理条件\r\n2.申请材料\n\n\n3.办理流程")));

        var row = Assert.Single(preview.Rows);
        Assert.Equal("1.办理条件\n2.申请材料\n\n3.办理流程", row.Content!.Content);
        Assert.Equal(ImportRowStatus.Understood, row.Status);
    }

    [Fact]
    public void Read_ChannelsWrittenInOneCell_AreReadFromTheFilledBoxes()
    {
        var preview = Read(Sheet("社会救助", Data("最低生活保障", "办事指南", channels: "■政府网站\n□政府公报\n■政务服务中心\n□便民服务站\n■村公示栏")));

        Assert.Equal(DisclosureChannels.GovernmentWebsite | DisclosureChannels.ServiceCentre | DisclosureChannels.NoticeBoard,
            Assert.Single(preview.Rows).Content!.Channels);
    }

    [Fact]
    public void Read_ImplausibleTimeLimit_IsWarnedButRead()
    {
        var preview = Read(Sheet("社会救助", Data("最低生活保障", "办事指南", timeLimit: "信息形成之日起90个工作日内")));

        var row = Assert.Single(preview.Rows);
        Assert.NotNull(row.Content);
        Assert.Equal(ImportRowStatus.Understood, row.Status);
        Assert.Contains("超过60个工作日", Assert.Single(row.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyRequiredCell_IsUnreadableWithTheCellAndReason()
    {
        var preview = Read(Sheet("社会救助", Data("最低生活保障", "办事指南"), Data("临时救助", "办事指南", subject: null)));

        Assert.Equal(ImportRowStatus.Understood, preview.Rows[0].Status);
        var problem = Assert.Single(preview.Rows[1].Problems);
        Assert.Equal(("G4", "公开主体"), (problem.Cell, problem.Column));
        Assert.Equal(ImportRowStatus.Unreadable, preview.Rows[1].Status);
    }

    [Fact]
    public void Read_UnknownAreaSheet_IsReportedWhileOtherSheetsAreRead()
    {
        var preview = Read(Sheet("社会救助", Data("最低生活保障", "办事指南")), Sheet("汇总表", Data("a", "b")));

        Assert.Single(preview.Rows);
        Assert.Equal("汇总表", Assert.Single(preview.SheetProblems).Sheet);
    }

    [Fact]
    public void Read_SheetWithoutRequiredColumns_SaysWhichAreMissing()
    {
        var preview = Read(new AppSheet("社会救助", [["序号", "一级事项", "二级事项", "公开内容"], ["1", "a", "b", "c"]]));

        Assert.Empty(preview.Rows);
        Assert.Equal("缺少必需的列：公开时限、公开主体、公开渠道和载体。", Assert.Single(preview.SheetProblems).Reason);
    }

    [Fact]
    public void Read_HeaderVariantsOfOtherCounties_AreRecognised()
    {
        string?[] lower = [null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群众", "主动", "依申请公开", "县级", "乡、村级"];
        var preview = Read(new AppSheet("社会救助", [Top, lower, Data("最低生活保障", "办事指南", audience: null, group: "√")]));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(DisclosureAudience.SpecificGroup, row.Content!.Audience);
        Assert.Equal(DisclosureLevels.Township, row.Content.Levels);
    }

    [Fact]
    public void Read_OwnExportLayout_IsUnderstoodWithoutChanges()
    {
        var content = new CatalogueItemContent("临时救助", "办事指南", null, "●办理条件\n●申请材料", "《社会救助暂行办法》", "10个工作日内", "高都镇人民政府",
            DisclosureChannels.GovernmentWebsite | DisclosureChannels.OnSite, DisclosureAudience.Public, CatalogueDisclosureMode.OnRequest,
            DisclosureLevels.County | DisclosureLevels.Township);

        var preview = Read(new AppSheet("社会救助", [.. CatalogueSheetLayout.Header(), CatalogueSheetLayout.Row(1, content, null)]));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(ImportRowStatus.Understood, row.Status);
        Assert.Equal(content, row.Content);
    }

    [Fact]
    public void Resolve_Merge_CombinesTheRowsIntoOne()
    {
        var preview = Read(Sheet("社会救助", Data("临时救助", "办事指南"), Data("临时救助", "办事指南", content: "救助标准", channels: "■政务服务中心")));
        var duplicate = Assert.Single(preview.Duplicates);

        var (rows, problems) = CatalogueSheetReader.Resolve(preview, [new DuplicateResolution(duplicate.Id, true, [])]);

        Assert.Empty(problems);
        var merged = Assert.Single(rows).Content!;
        Assert.Equal("●办理事项 ●办理条件\n救助标准", merged.Content);
        Assert.True(merged.Channels.HasFlag(DisclosureChannels.ServiceCentre | DisclosureChannels.GovernmentWebsite));
    }

    [Fact]
    public void Resolve_RenameToAnExistingName_IsStillRefused()
    {
        var preview = Read(Sheet("社会救助", Data("临时救助", "办事指南"), Data("临时救助", "办事指南", content: "救助标准")));
        var duplicate = Assert.Single(preview.Duplicates);

        var (_, unanswered) = CatalogueSheetReader.Resolve(preview, []);
        var (_, blank) = CatalogueSheetReader.Resolve(preview, [new DuplicateResolution(duplicate.Id, false, [" "])]);

        Assert.Contains("重复，请选择合并或重命名", Assert.Single(unanswered), StringComparison.Ordinal);
        Assert.Contains("请为第4行填写新的三级事项名称", Assert.Single(blank), StringComparison.Ordinal);
    }

    /// <summary>A workbook written with OpenXml, so that its merged cells are real merges as Excel saves them.</summary>
    private static byte[] MergedWorkbook(string sheetName, string?[][] rows, params string[] merges)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (!string.IsNullOrEmpty(rows[r][c]))
                    {
                        row.Append(new Cell
                        {
                            CellReference = CatalogueSheetLayout.ColumnLetter(c) + (r + 1),
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(rows[r][c]!)),
                        });
                    }
                }

                data.Append(row);
            }

            worksheet.Worksheet = new Worksheet(data, new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
