namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>A worksheet as plain text cells: rows of cells, column A first.</summary>
public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>Reads and writes xlsx workbooks (implemented in Infrastructure).</summary>
public interface ISpreadsheet
{
    byte[] Write(IReadOnlyList<Sheet> sheets);

    /// <summary>Every sheet of the workbook; throws <see cref="InvalidDataException"/> when the file is not a readable xlsx.</summary>
    IReadOnlyList<Sheet> Read(Stream stream);
}
