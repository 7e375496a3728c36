using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Domain.Tests.AnnualReports;

public class ActiveDisclosureTableTests
{
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    [Fact]
    public void Cells_FollowTheNationalTemplate_OnlyTheNormativeRowIsComputed_AndOnlyFeesAreAnAmount()
    {
        Assert.Equal(
            ["regulation.issued", "regulation.repealed", "regulation.in-force", "normative.issued", "normative.repealed",
             "normative.in-force", "permit", "penalty", "coercion", "fees"],
            ActiveDisclosureTable.Cells.Select(c => c.Key));
        Assert.Equal(
            [ActiveDisclosureTable.NormativeIssued, ActiveDisclosureTable.NormativeRepealed, ActiveDisclosureTable.NormativeInForce],
            ActiveDisclosureTable.Cells.Where(c => c.IsComputed).Select(c => c.Key));
        Assert.Equal(["fees"], ActiveDisclosureTable.Cells.Where(c => c.IsAmount).Select(c => c.Key));
        Assert.Equal(7, ActiveDisclosureTable.EnteredCells.Count);
        Assert.DoesNotContain(ActiveDisclosureTable.EnteredCells, c => c.IsComputed);
    }

    [Fact]
    public void Cells_CarryTheTemplatesSectionsRowsAndColumns_Verbatim()
    {
        // The published table is compared with the national template by evaluators: every label must be the template's own.
        Assert.Equal(
            [
                "表二 第二十条第（一）项 规章 本年制发件数",
                "表二 第二十条第（一）项 规章 本年废止件数",
                "表二 第二十条第（一）项 规章 现行有效件数",
                "表二 第二十条第（一）项 行政规范性文件 本年制发件数",
                "表二 第二十条第（一）项 行政规范性文件 本年废止件数",
                "表二 第二十条第（一）项 行政规范性文件 现行有效件数",
                "表二 第二十条第（五）项 行政许可 本年处理决定数量",
                "表二 第二十条第（六）项 行政处罚 本年处理决定数量",
                "表二 第二十条第（六）项 行政强制 本年处理决定数量",
                "表二 第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）",
            ],
            ActiveDisclosureTable.Cells.Select(c => c.Name));
    }

    [Fact]
    public void Cell_KnownKey_IsNamedAfterItsSectionRowAndColumn()
    {
        var cell = ActiveDisclosureTable.Cell(ActiveDisclosureTable.NormativeInForce);

        Assert.Equal("表二 第二十条第（一）项 行政规范性文件 现行有效件数", cell.Name);
        Assert.Equal("本年收费金额（单位：万元）", ActiveDisclosureTable.Cell("fees").Column);
    }

    [Fact]
    public void Cell_UnknownKey_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ActiveDisclosureTable.Cell("permits"));

        Assert.Equal("key", error.ParamName);
        Assert.Equal("permits", error.ActualValue);
        Assert.StartsWith("Unknown table 二 cell.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_CellNotFilledIn_IsNull()
    {
        var table = ActiveDisclosureTable.Empty();

        Assert.Null(table["permit"]);
        Assert.Equal("", table.Serialise());
    }

    [Fact]
    public void WithEntered_SetsTheEnteredCells_ClearsThoseLeftBlank_AndNeverOverwritesComputedOnes()
    {
        var table = ActiveDisclosureTable.Empty()
            .WithComputed(new NormativeDocumentCounts(2, 1, 9))
            .WithEntered(new Dictionary<string, decimal?> { ["permit"] = 12m, ["penalty"] = 3m });

        var changed = table.WithEntered(new Dictionary<string, decimal?>
        {
            ["permit"] = 14m,
            ["penalty"] = null,
            [ActiveDisclosureTable.NormativeIssued] = 99m,
        });

        Assert.Equal(14m, changed["permit"]);
        Assert.Null(changed["penalty"]);
        Assert.Equal(2m, changed[ActiveDisclosureTable.NormativeIssued]);
        Assert.Equal(9m, changed[ActiveDisclosureTable.NormativeInForce]);
        Assert.Equal(3m, table["penalty"]);
    }

    [Fact]
    public void WithComputed_ReplacesTheThreeNormativeCells_AndKeepsTheEnteredOnes()
    {
        var table = ActiveDisclosureTable.Empty()
            .WithEntered(new Dictionary<string, decimal?> { ["fees"] = 1.25m })
            .WithComputed(new NormativeDocumentCounts(2, 1, 9))
            .WithComputed(new NormativeDocumentCounts(3, 0, 10));

        Assert.Equal(3m, table[ActiveDisclosureTable.NormativeIssued]);
        Assert.Equal(0m, table[ActiveDisclosureTable.NormativeRepealed]);
        Assert.Equal(10m, table[ActiveDisclosureTable.NormativeInForce]);
        Assert.Equal(1.25m, table["fees"]);
    }

    [Fact]
    public void Serialise_WritesFilledCellsInTemplateOrder_WithInvariantDecimals_AndParseReadsItBack()
    {
        var table = ActiveDisclosureTable.Empty()
            .WithEntered(new Dictionary<string, decimal?> { ["fees"] = 1.25m, ["permit"] = 12m })
            .WithComputed(new NormativeDocumentCounts(2, 1, 9));

        var stored = table.Serialise();

        Assert.Equal("normative.issued=2;normative.repealed=1;normative.in-force=9;permit=12;fees=1.25", stored);
        Assert.Equal(stored, ActiveDisclosureTable.Parse(stored).Serialise());
        Assert.Equal(1.25m, ActiveDisclosureTable.Parse(stored)["fees"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(";;")]
    [InlineData("unknown=3")]
    [InlineData("permit")]
    [InlineData("permit=3=4")]
    [InlineData("permit=three")]
    public void Parse_MalformedOrUnknownPairs_AreSkipped(string? stored)
    {
        Assert.Equal("", ActiveDisclosureTable.Parse(stored).Serialise());
    }

    [Fact]
    public void Parse_KeepsTheGoodPairsAroundABadOne()
    {
        var table = ActiveDisclosureTable.Parse("permit=3;penalty=x;fees=0.5;");

        Assert.Equal(3m, table["permit"]);
        Assert.Null(table["penalty"]);
        Assert.Equal(0.5m, table["fees"]);
    }

    [Fact]
    public void Parse_UnknownKey_IsNotKept_EvenWhenItsValueIsANumber()
    {
        var table = ActiveDisclosureTable.Parse("unknown=3;permit=2");

        Assert.Null(table["unknown"]);
        Assert.Equal(2m, table["permit"]);
    }

    [Fact]
    public void Compute_CountsIssuedRepealedAndInForce_AtTheYearsBoundaries()
    {
        var counts = NormativeDocumentCounts.Compute(2026,
        [
            new(new DateOnly(2026, 1, 1), null),                           // issued this year, in force
            new(YearEnd, null),                                            // issued on the last day, in force
            new(new DateOnly(2025, 12, 31), null),                         // issued last year, in force
            new(new DateOnly(2027, 1, 1), null),                           // issued next year: nothing
            new(new DateOnly(2020, 5, 1), YearEnd),                        // ended on the last day: repealed, not in force
            new(new DateOnly(2020, 5, 1), new DateOnly(2027, 1, 1)),       // ends next year: still in force at year end
            new(new DateOnly(2020, 5, 1), new DateOnly(2025, 12, 31)),     // ended last year: neither
            new(new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 1)),       // issued and repealed this year
        ]);

        Assert.Equal(new NormativeDocumentCounts(Issued: 3, Repealed: 2, InForce: 4), counts);
    }

    [Fact]
    public void Compute_NoDocuments_IsZero_AndNullIsRefused()
    {
        Assert.Equal(new NormativeDocumentCounts(0, 0, 0), NormativeDocumentCounts.Compute(2026, []));
        Assert.Throws<ArgumentNullException>(() => NormativeDocumentCounts.Compute(2026, null!));
        Assert.Throws<ArgumentNullException>(() => ActiveDisclosureTable.Empty().WithEntered(null!));
        Assert.Throws<ArgumentNullException>(() => ActiveDisclosureTable.Empty().WithComputed(null!));
    }
}
