using System.Globalization;
using System.Text;

namespace Pipeline.Sources.Word;

/// <summary>Renders one counter of an automatic list the way Word prints it.</summary>
internal static class NumberFormat
{
    /// <summary>
    /// The highest list value Word lets a user set (its start box stops at 32767). A file claiming more is
    /// hand-made or hostile: 2,000,000,000 in letters is 77 million letters per label.
    /// </summary>
    public const int MaxValue = 32767;

    public static string Render(int value, string format) => Math.Abs((long)value) > MaxValue
        ? throw new SourceException($"a numbered list reaches {value:N0}, over the {MaxValue:N0} Word allows (its numbering is hand-made or damaged)") { Code = "too-large" }
        : format switch
    {
        "lowerLetter" => Letters(value, lower: true),
        "upperLetter" => Letters(value, lower: false),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A bullet as plain text: notices use "-" and "+" as list marks, so a dash-like glyph and the
    /// usual round or square symbol bullets become "-", a plus stays "+".
    /// </summary>
    public static string Bullet(string glyph)
    {
        var c = glyph.Length == 0 ? '-' : glyph[0];
        // Symbol and Wingdings glyphs sit in the private-use area at F000 + their 8-bit code.
        if (c is >= '\uF000' and <= '\uF0FF') c = (char)(c - 0xF000);
        return c == '+' ? "+" : "-";
    }

    /// <summary>a…z, then aa…zz, as Word does.</summary>
    private static string Letters(int value, bool lower)
    {
        if (value <= 0) return "";
        var letter = (char)((lower ? 'a' : 'A') + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<(int, string)> table =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var text = new StringBuilder();
        foreach (var (amount, symbol) in table)
            while (value >= amount) { text.Append(symbol); value -= amount; }
        return text.ToString();
    }
}
