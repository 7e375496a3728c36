using System.Text;

namespace ZezhouDisclosure.Domain.Common;

/// <summary>
/// Folds what a visitor typed or pasted to its plain form (NFKC: full-width ＬＹ２０２６ → LY2026, ① → 1) without ever
/// throwing. Lone surrogates and Unicode noncharacters (U+FDD0–U+FDEF, U+xxFFFE/F) are dropped first: they can never be
/// part of a number, code or personal-data pattern, and .NET's normaliser may refuse a string holding them
/// (ArgumentException "invalid Unicode code points"), which hostile or garbled form input must not turn into a 500.
/// </summary>
public static class WidthFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var valid = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && !IsNoncharacter(rune.Value))
            {
                valid.Append(text, i, consumed);
            }

            i += Math.Max(consumed, 1);
        }

        var clean = valid.ToString();
        try
        {
            return clean.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A code point the normaliser still refuses: fold rune by rune and drop what it refuses.
            var folded = new StringBuilder(clean.Length);
            foreach (var rune in clean.EnumerateRunes())
            {
                try
                {
                    folded.Append(rune.ToString().Normalize(NormalizationForm.FormKC));
                }
                catch (ArgumentException)
                {
                    // dropped
                }
            }

            return folded.ToString();
        }
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
