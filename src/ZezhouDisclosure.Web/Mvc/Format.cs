using System.Globalization;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>How dates are written on the portal (ui.md §6): lists YYYY-MM-DD, pages YYYY-MM-DD HH:mm, metadata 年月日.</summary>
public static class Format
{
    public static string Date(DateTime utc) =>
        ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime utc) =>
        ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime? utc) => utc is { } value ? DateTime(value) : "";

    public static string IsoDate(DateTime utc) =>
        ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>成文日期 as gov.cn writes it in the metadata block: 2020年07月31日.</summary>
    public static string ChineseDate(DateOnly? day) =>
        day is { } d ? d.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture) : "";

    public static string ChineseDate(DateTime utc) =>
        ChinaTime.ToBeijing(utc).ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
