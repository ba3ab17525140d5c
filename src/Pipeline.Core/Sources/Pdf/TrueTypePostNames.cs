using System.Globalization;
using System.Text;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Fallback for subset fonts whose cmap was stripped: the 'post' table (format 2) still names each
/// glyph, and names follow the Adobe conventions (uni1EA1, u1EA1, a, acircumflexacute, dcroat…).
/// </summary>
internal static class TrueTypePostNames
{
    /// <summary>Glyph id → text, for every glyph whose name can be understood.</summary>
    public static Dictionary<int, string> Read(ReadOnlySpan<byte> post)
    {
        var result = new Dictionary<int, string>();
        if (post.Length < 34 || BigEndian.U32(post, 0) != 0x00020000) return result;

        var glyphCount = BigEndian.U16(post, 32);
        var indices = new int[glyphCount];
        for (var g = 0; g < glyphCount; g++) indices[g] = BigEndian.U16(post, 34 + g * 2);

        var custom = new List<string>();
        var at = 34 + glyphCount * 2;
        while (at < post.Length)
        {
            var length = post[at];
            if (at + 1 + length > post.Length) break;
            custom.Add(Encoding.ASCII.GetString(post.Slice(at + 1, length)));
            at += 1 + length;
        }

        for (var g = 0; g < glyphCount; g++)
        {
            var index = indices[g];
            var name = index < MacGlyphNames.Standard.Length ? MacGlyphNames.Standard[index]
                : index - MacGlyphNames.Standard.Length < custom.Count ? custom[index - MacGlyphNames.Standard.Length] : null;
            if (name is not null && ToText(name) is { } text) result[g] = text;
        }
        return result;
    }

    /// <summary>Interprets one glyph name; null when it does not name a character.</summary>
    public static string? ToText(string name)
    {
        var dot = name.IndexOf('.');
        if (dot > 0) name = name[..dot];
        if (name.Length == 0) return null;

        if (name.StartsWith("uni", StringComparison.Ordinal) && name.Length == 7 && Hex(name[3..]) is { } uni)
            return char.ConvertFromUtf32(uni);
        if (name.StartsWith('u') && name.Length is 5 or 6 or 7 && Hex(name[1..]) is { } u && u <= 0x10FFFF)
            return char.ConvertFromUtf32(u);
        if (Named.TryGetValue(name, out var named)) return named;
        if (name.Length == 1 && char.IsAsciiLetter(name[0])) return name;

        // A base letter followed by accent words: "ocircumflexacute" = o + ^ + ´.
        var marks = new List<char>();
        var rest = name;
        while (rest.Length > 1)
        {
            var mark = Marks.FirstOrDefault(m => rest.EndsWith(m.Key, StringComparison.Ordinal));
            if (mark.Key is null) break;
            marks.Insert(0, mark.Value);
            rest = rest[..^mark.Key.Length];
        }
        if (marks.Count == 0) return null;
        var letter = rest == "dotlessi" ? "i" : rest;
        if (letter.Length != 1 || !char.IsAsciiLetter(letter[0])) return null;
        return (letter + new string(marks.ToArray())).Normalize(NormalizationForm.FormC);
    }

    private static int? Hex(string s) =>
        int.TryParse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static readonly KeyValuePair<string, char>[] Marks =
    [
        new("dotaccent", '\u0307'), new("dotbelow", '\u0323'), new("hookabove", '\u0309'),
        new("circumflex", '\u0302'), new("dieresis", '\u0308'), new("cedilla", '\u0327'),
        new("acute", '\u0301'), new("grave", '\u0300'), new("tilde", '\u0303'), new("horn", '\u031B'),
        new("breve", '\u0306'), new("ring", '\u030A'), new("caron", '\u030C'), new("macron", '\u0304'),
        new("ogonek", '\u0328'),
    ];

    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["space"] = " ", ["nonbreakingspace"] = " ", ["exclam"] = "!", ["quotedbl"] = "\"", ["numbersign"] = "#",
        ["dollar"] = "$", ["percent"] = "%", ["ampersand"] = "&", ["quotesingle"] = "'", ["parenleft"] = "(",
        ["parenright"] = ")", ["asterisk"] = "*", ["plus"] = "+", ["comma"] = ",", ["hyphen"] = "-",
        ["period"] = ".", ["slash"] = "/", ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3",
        ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9",
        ["colon"] = ":", ["semicolon"] = ";", ["less"] = "<", ["equal"] = "=", ["greater"] = ">",
        ["question"] = "?", ["at"] = "@", ["bracketleft"] = "[", ["backslash"] = "\\", ["bracketright"] = "]",
        ["underscore"] = "_", ["braceleft"] = "{", ["bar"] = "|", ["braceright"] = "}", ["asciitilde"] = "~",
        ["endash"] = "–", ["emdash"] = "—", ["quoteleft"] = "‘", ["quoteright"] = "’", ["quotedblleft"] = "“",
        ["quotedblright"] = "”", ["ellipsis"] = "…", ["bullet"] = "•", ["degree"] = "°", ["section"] = "§",
        ["multiply"] = "×", ["divide"] = "÷", ["plusminus"] = "±", ["minus"] = "−", ["periodcentered"] = "·",
        ["dcroat"] = "đ", ["Dcroat"] = "Đ", ["dmacron"] = "đ", ["Dslash"] = "Đ", ["dbar"] = "đ",
        ["guillemotleft"] = "«", ["guillemotright"] = "»", ["copyright"] = "©", ["registered"] = "®",
    };
}
