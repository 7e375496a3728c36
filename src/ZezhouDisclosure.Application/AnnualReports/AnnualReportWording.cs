using System.Globalization;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>How figures read in the published report (the HTML page and the .docx say the same).</summary>
public static class AnnualReportWording
{
    /// <summary>A table 二 cell's value: a count, an amount in 万元, or — when the cell does not exist or was not entered.</summary>
    public static string Value(ActiveDisclosureCell? cell, ActiveDisclosureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (cell is null)
        {
            return "—";
        }

        return table[cell.Key] is { } v
            ? (cell.IsAmount ? v.ToString("0.##", CultureInfo.InvariantCulture) : v.ToString("0", CultureInfo.InvariantCulture))
            : "—";
    }

    public static string Fees(decimal? fees) => fees is { } f && f > 0
        ? $"本年度收取信息处理费 {f.ToString("0.##", CultureInfo.InvariantCulture)} 元。"
        : "本年度未收取信息处理费。";
}
