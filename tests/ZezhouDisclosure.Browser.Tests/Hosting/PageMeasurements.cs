using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace ZezhouDisclosure.Browser.Tests.Hosting;

/// <summary>
/// What chromium actually rendered, measured in CSS pixels: horizontal overflow, the root and body font sizes, the
/// smallest text on the page, and click targets that are too small. 长辈版 is judged by these numbers, not by classes
/// (工信部《互联网网站适老化通用设计规范》; ui.md §3, §6).
/// </summary>
public sealed class PageMeasurements
{
    /// <summary>长辈版 body text: 18 pt = 24 CSS px.</summary>
    public const double ElderBodyPixels = 24;

    /// <summary>Nothing in 长辈版 is smaller than 18 dp/pt ≈ 18 CSS px (the App spec's floor for large-text mode).</summary>
    public const double ElderMinimumPixels = 18;

    /// <summary>Click targets: 44 × 44 (the App spec and WCAG 2.5.5), 60 px high for form controls in 长辈版.</summary>
    public const double TargetPixels = 44;

    public const double ElderControlPixels = 60;

    [JsonPropertyName("viewportWidth")] public double ViewportWidth { get; init; }

    [JsonPropertyName("scrollWidth")] public double ScrollWidth { get; init; }

    /// <summary>Up to five elements that stick out to the right (tag.class: text).</summary>
    [JsonPropertyName("wide")] public string[] Wide { get; init; } = [];

    [JsonPropertyName("rootFont")] public double RootFont { get; init; }

    [JsonPropertyName("bodyFont")] public double BodyFont { get; init; }

    [JsonPropertyName("bodyLineHeight")] public double BodyLineHeight { get; init; }

    [JsonPropertyName("minFont")] public double MinFont { get; init; }

    [JsonPropertyName("minFontAt")] public string MinFontAt { get; init; } = "";

    /// <summary>Interactive elements (not links inside a sentence) with their rendered size.</summary>
    [JsonPropertyName("targets")] public Target[] Targets { get; init; } = [];

    public sealed class Target
    {
        [JsonPropertyName("what")] public string What { get; init; } = "";

        [JsonPropertyName("control")] public bool Control { get; init; }

        [JsonPropertyName("width")] public double Width { get; init; }

        [JsonPropertyName("height")] public double Height { get; init; }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{What} ({Width:0.#}×{Height:0.#})");
    }

    public static Task<PageMeasurements> TakeAsync(IPage page) => page.EvaluateAsync<PageMeasurements>(Script);

    /// <summary>Targets smaller than 44 × 44, or form controls under 60 px high in 长辈版.</summary>
    public IReadOnlyList<Target> SmallTargets(bool elder) =>
        Targets.Where(t => t.Width < TargetPixels - 0.5 || t.Height < TargetPixels - 0.5
            || (elder && t.Control && t.Height < ElderControlPixels - 0.5)).ToList();

    public string Describe(string url)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{url}: viewport {ViewportWidth}, content {ScrollWidth} px wide; root {RootFont} px, body {BodyFont} px, smallest text {MinFont} px at {MinFontAt}");
        foreach (var wide in Wide)
        {
            text.AppendLine(c, $"  sticks out: {wide}");
        }

        return text.ToString();
    }

    // Text: every visible text node's parent (not visually-hidden helpers, not the off-screen skip link).
    // Targets: links, buttons, fields and summaries that are shown; a link with text around it inside the same
    // element is part of a sentence (WCAG 2.5.5's inline exception) and is left out; a radio or checkbox is measured
    // by its label, which is what a finger hits.
    private const string Script = """
        () => {
          const root = document.documentElement;
          const hidden = e => !e.getClientRects().length || e.closest('.visually-hidden, .skip-link, [hidden]') !== null
            || getComputedStyle(e).visibility === 'hidden';
          const describe = e => (e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '')
            + ': ' + (e.textContent || e.getAttribute('aria-label') || e.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 40));
          const viewportWidth = root.clientWidth;
          const wide = [...document.body.querySelectorAll('*')]
            .filter(e => !hidden(e) && e.getBoundingClientRect().right > viewportWidth + 1 && !e.closest('.table-scroll'))
            .filter((e, _, all) => !all.some(o => o !== e && e.contains(o)))
            .slice(-5).map(describe);
          let minFont = 1000, minFontAt = '';
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const e = n.parentElement;
            if (!n.textContent.trim() || !e || hidden(e) || ['SCRIPT', 'STYLE', 'OPTION'].includes(e.tagName)) continue;
            const size = parseFloat(getComputedStyle(e).fontSize);
            if (size < minFont) { minFont = size; minFontAt = describe(e); }
          }
          const inSentence = e => [...e.parentElement.childNodes].some(n => n !== e && n.nodeType === Node.TEXT_NODE && n.textContent.trim().length > 0);
          const targets = [...document.body.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
            .filter(e => !hidden(e))
            .filter(e => !(e.tagName === 'A' && inSentence(e)))
            .map(e => {
              const choice = e.tagName === 'INPUT' && (e.type === 'radio' || e.type === 'checkbox');
              const measured = choice ? (e.closest('label') || (e.id && document.querySelector('label[for="' + e.id + '"]')) || e) : e;
              const r = measured.getBoundingClientRect();
              return { what: describe(e), control: ['BUTTON', 'INPUT', 'SELECT'].includes(e.tagName) && !choice && !e.classList.contains('link-button'), width: r.width, height: r.height };
            });
          const body = getComputedStyle(document.body);
          return {
            viewportWidth, scrollWidth: root.scrollWidth, wide,
            rootFont: parseFloat(getComputedStyle(root).fontSize), bodyFont: parseFloat(body.fontSize),
            bodyLineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
            minFont, minFontAt, targets,
          };
        }
        """;
}
