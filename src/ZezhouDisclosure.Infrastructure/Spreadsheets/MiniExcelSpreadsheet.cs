using MiniExcelLibs;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Infrastructure.Spreadsheets;

/// <summary>xlsx through MiniExcel: cells as plain text, no header row interpretation (the layout is the caller's).</summary>
public sealed class MiniExcelSpreadsheet : ISpreadsheet
{
    public byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var width = sheet.Rows.Count == 0 ? 1 : sheet.Rows.Max(r => r.Count);
            workbook[sheet.Name] = sheet.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object?>();
                for (var i = 0; i < width; i++)
                {
                    cells[Letter(i)] = i < row.Count ? row[i] : null;
                }

                return cells;
            }).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public IReadOnlyList<Sheet> Read(Stream stream)
    {
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            buffer.Position = 0;
            var names = buffer.GetSheetNames();
            var sheets = new List<Sheet>();
            foreach (var name in names)
            {
                buffer.Position = 0;
                var rows = buffer.Query(useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX)
                    .Cast<IDictionary<string, object?>>()
                    .Select(row => (IReadOnlyList<string?>)row.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal)
                        .Select(c => c.Value?.ToString()).ToList())
                    .ToList();
                sheets.Add(new Sheet(name, rows));
            }

            return sheets;
        }
        catch (Exception ex) when (ex is not InvalidDataException and not OperationCanceledException)
        {
            throw new InvalidDataException("不是可读取的 xlsx 文件。", ex);
        }
    }

    private static string Letter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letter((index / 26) - 1) + (char)('A' + (index % 26));
}
