using System.Globalization;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Glyph orders of fonts common in Vietnamese administrative documents, for subsets that carry
/// neither cmap nor glyph names. A font is only trusted when its name and glyph count both match the
/// recorded version: another version of the same family may order its glyphs differently.
/// </summary>
internal static class KnownGlyphOrders
{
    private static readonly Lazy<Dictionary<int, string>> Upright = new(() => Parse(TimesNewRomanGlyphOrder.Upright));
    private static readonly Lazy<Dictionary<int, string>> Italic = new(() => Parse(TimesNewRomanGlyphOrder.Italic));

    /// <param name="baseFont">The PDF BaseFont, possibly with a subset tag ("KERPTY+TimesNewRomanPSMT").</param>
    /// <param name="glyphCount">numGlyphs from the embedded program's 'maxp' table.</param>
    public static IReadOnlyDictionary<int, string>? Find(string baseFont, int glyphCount)
    {
        var plus = baseFont.IndexOf('+');
        var name = plus == 6 ? baseFont[(plus + 1)..] : baseFont;
        var italic = name.Contains("Italic", StringComparison.OrdinalIgnoreCase);
        if (!name.StartsWith("TimesNewRoman", StringComparison.OrdinalIgnoreCase)) return null;
        return (italic, glyphCount) switch
        {
            (false, TimesNewRomanGlyphOrder.UprightGlyphCount) => Upright.Value,
            (true, TimesNewRomanGlyphOrder.ItalicGlyphCount) => Italic.Value,
            _ => null,
        };
    }

    private static Dictionary<int, string> Parse(string runs)
    {
        var map = new Dictionary<int, string>();
        foreach (var run in runs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = run.Split(':');
            var glyph = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var code = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var count = parts.Length > 2 ? int.Parse(parts[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : 1;
            for (var i = 0; i < count; i++) map[glyph + i] = char.ConvertFromUtf32(code + i);
        }
        return map;
    }
}
