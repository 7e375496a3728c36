namespace ZezhouDisclosure.Browser.Tests.Hosting;

/// <summary>
/// How a journey is looked at: a desktop browser, a 390 px phone, and 长辈版 on that phone (the elder-mode cookie set
/// before the first page, as the 长辈版 link would). 390 px is narrower than a 1280 px screen at 200 % zoom (640 px),
/// so a page that fits the phone in 长辈版 also meets the "no horizontal scroll at 200 %" rule.
/// </summary>
public sealed record Viewing(string Name, string Label, int Width, int Height, bool Elder, bool Mobile)
{
    public static readonly Viewing Desktop = new("desktop", "电脑", 1280, 900, Elder: false, Mobile: false);

    public static readonly Viewing Phone = new("phone", "手机", 390, 844, Elder: false, Mobile: true);

    public static readonly Viewing ElderPhone = new("elder-phone", "长辈版手机", 390, 844, Elder: true, Mobile: true);

    /// <summary>A 1280 × 900 desktop zoomed to 200 %: 640 × 450 CSS px, in 长辈版.</summary>
    public static readonly Viewing ElderDesktopZoomed = new("elder-desktop-200", "长辈版200%", 640, 450, Elder: true, Mobile: false);

    public static IReadOnlyList<Viewing> All { get; } = [Desktop, Phone, ElderPhone];

    /// <summary>For [MemberData]: the names, so test names read "…(viewing: \"elder-phone\")".</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var viewing in All)
            {
                data.Add(viewing.Name);
            }

            return data;
        }
    }

    public static Viewing Named(string name) => All.Single(v => v.Name == name);

    public override string ToString() => Name;
}
