namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>
/// The 人生事件 (life events) and 主题 (themes) a citizen looks for a service by. Codes are stable (URLs, storage);
/// labels are what the pages show.
/// </summary>
public static class ServiceCategories
{
    public static IReadOnlyList<(string Code, string Label)> LifeEvents { get; } =
    [
        ("birth", "出生"),
        ("school", "上学"),
        ("work", "就业"),
        ("marriage", "婚育"),
        ("housing", "住房"),
        ("business", "创业"),
        ("medical", "医疗"),
        ("assistance", "社会救助"),
        ("retirement", "养老"),
        ("death", "身后"),
    ];

    public static IReadOnlyList<(string Code, string Label)> Themes { get; } =
    [
        ("agriculture", "农业农村"),
        ("social-security", "社会保障"),
        ("civil-affairs", "民政"),
        ("education", "教育"),
        ("health", "卫生健康"),
        ("household", "户籍"),
        ("market", "市场监管"),
        ("construction", "住房城乡建设"),
        ("transport", "交通运输"),
        ("other", "其他"),
    ];

    public static bool IsLifeEvent(string? code) => LifeEvents.Any(e => e.Code == code);

    public static bool IsTheme(string? code) => Themes.Any(t => t.Code == code);

    public static string LifeEventLabel(string code) => LifeEvents.FirstOrDefault(e => e.Code == code).Label ?? code;

    public static string ThemeLabel(string code) => Themes.FirstOrDefault(t => t.Code == code).Label ?? code;
}
