using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Fonts;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// An embedded TrueType font program (FontFile2) read by PdfPig's own parser (TrueTypeFontParser: table
/// directory, cmap subtables, post glyph names, maxp), turned around for glyph repair: glyph id → the text
/// it draws. What PdfPig does not do is kept here: inverting the cmap (PdfPig maps code → glyph only, so
/// every BMP code is asked once), choosing among code points that share a glyph, and reading the glyph
/// names the Adobe Glyph List lacks (a letter followed by accent words, "dbar").
/// </summary>
internal sealed class EmbeddedTrueType
{
    private readonly TrueTypeFont _font;
    private readonly byte[] _program;

    private EmbeddedTrueType(TrueTypeFont font, byte[] program)
    {
        _font = font;
        _program = program;
    }

    /// <summary>The program, or null when PdfPig cannot parse it (a subset trimmed past repair).</summary>
    public static EmbeddedTrueType? TryParse(byte[] program)
    {
        try { return new EmbeddedTrueType(TrueTypeFontParser.Parse(new TrueTypeDataBytes(program)), program); }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }

    /// <summary>numGlyphs of the 'maxp' table, read at its offset in PdfPig's table directory (PdfPig keeps its maxp table internal).</summary>
    public int GlyphCount =>
        _font.TableHeaders.TryGetValue("maxp", out var maxp) && maxp.Offset + 6 <= (uint)_program.Length
            ? _program[maxp.Offset + 4] << 8 | _program[maxp.Offset + 5]
            : 0;

    /// <summary>
    /// Glyph id → code point from the best Unicode subtable that maps anything: full-range Unicode (3,10),
    /// then Unicode (0,4)/(0,6), Windows BMP (3,1), other Unicode (0,x); the Windows symbol encoding (3,0) is
    /// not Unicode. Codes below U+0020 and surrogates are never text.
    /// </summary>
    public Dictionary<int, int> InvertUnicode()
    {
        var glyphToChar = new Dictionary<int, int>();
        var candidates = (_font.TableRegister.CMapTable?.SubTables ?? [])
            .Select(t => (Table: t, Rank: (t.PlatformId, t.EncodingId) switch
            {
                (UglyToad.PdfPig.Fonts.TrueType.Tables.CMapSubTables.TrueTypeCMapPlatform.Windows, 10) => 0,
                (UglyToad.PdfPig.Fonts.TrueType.Tables.CMapSubTables.TrueTypeCMapPlatform.Unicode, 4 or 6) => 1,
                (UglyToad.PdfPig.Fonts.TrueType.Tables.CMapSubTables.TrueTypeCMapPlatform.Windows, 1) => 2,
                (UglyToad.PdfPig.Fonts.TrueType.Tables.CMapSubTables.TrueTypeCMapPlatform.Unicode, _) => 3,
                _ => -1,
            }))
            .Where(c => c.Rank >= 0)
            .OrderBy(c => c.Rank);
        foreach (var (table, _) in candidates)
        {
            for (var code = 0x20; code <= 0xFFFF; code++)
            {
                if (code is >= 0xD800 and <= 0xDFFF) continue;
                var glyph = table.CharacterCodeToGlyphIndex(code);
                if (glyph == 0) continue;
                if (!glyphToChar.TryGetValue(glyph, out var existing) || Prefer(code, existing)) glyphToChar[glyph] = code;
            }
            if (glyphToChar.Count > 0) break;
        }
        return glyphToChar;
    }

    /// <summary>Glyph id → text for every glyph the 'post' table names understandably.</summary>
    public Dictionary<int, string> PostNames()
    {
        var result = new Dictionary<int, string>();
        var names = _font.TableRegister.PostScriptTable?.GlyphNames ?? [];
        for (var g = 0; g < names.Count; g++)
            if (names[g] is { } name && ToText(name) is { } text) result[g] = text;
        return result;
    }

    /// <summary>
    /// Several code points can share a glyph (space and no-break space, hyphen and soft hyphen, Đ and Ð).
    /// A Vietnamese letter wins, then the lower code point, which is the plainer character.
    /// </summary>
    private static bool Prefer(int candidate, int existing)
    {
        var c = VietnameseLetters.Contains(candidate);
        var e = VietnameseLetters.Contains(existing);
        if (c != e) return c;
        return candidate < existing;
    }

    private static readonly HashSet<int> VietnameseLetters = "ĐđƠơƯư".Select(ch => (int)ch).ToHashSet();

    /// <summary>
    /// Interprets one glyph name (suffixes such as ".sc" dropped); null when it does not name a character.
    /// The Adobe Glyph List (PdfPig's GlyphList) answers uniXXXX, uXXXX[XX] and its names; a no-break space
    /// is read as a space, as the text layer writes it; names it lacks are read as a letter and accent words.
    /// </summary>
    public static string? ToText(string name)
    {
        var dot = name.IndexOf('.');
        if (dot > 0) name = name[..dot];
        if (name.Length == 0 || dot == 0) return null;
        if (Overrides.TryGetValue(name, out var fixedText)) return fixedText;
        if (IsCodePointName(name) && GlyphList.AdobeGlyphList.NameToUnicode(name) is { Length: > 0 } coded) return coded;
        if (!name.StartsWith('u') && GlyphList.AdobeGlyphList.NameToUnicode(name) is { Length: > 0 } listed && !IsControl(listed)) return listed;
        return Composed(name);
    }

    private static bool IsCodePointName(string name) =>
        (name.StartsWith("uni", StringComparison.Ordinal) && name.Length == 7 && IsHex(name[3..]))
        || (name.StartsWith('u') && name.Length is 5 or 6 or 7 && IsHex(name[1..]));

    private static bool IsHex(string s) => int.TryParse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v) && v <= 0x10FFFF;

    private static bool IsControl(string text) => text.Length == 1 && char.IsControl(text[0]);

    /// <summary>A base letter followed by accent words: "ocircumflexacute" = o + ^ + ´.</summary>
    private static string? Composed(string name)
    {
        if (name.Length == 1) return char.IsAsciiLetter(name[0]) ? name : null;
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

    private static readonly KeyValuePair<string, char>[] Marks =
    [
        new("dotaccent", '\u0307'), new("dotbelow", '\u0323'), new("hookabove", '\u0309'),
        new("circumflex", '\u0302'), new("dieresis", '\u0308'), new("cedilla", '\u0327'),
        new("acute", '\u0301'), new("grave", '\u0300'), new("tilde", '\u0303'), new("horn", '\u031B'),
        new("breve", '\u0306'), new("ring", '\u030A'), new("caron", '\u030C'), new("macron", '\u0304'),
        new("ogonek", '\u0328'),
    ];

    /// <summary>Where the repair reads a name otherwise than the Adobe Glyph List, or the list lacks it.</summary>
    private static readonly Dictionary<string, string> Overrides = new(StringComparer.Ordinal)
    {
        ["nonbreakingspace"] = " ", ["dbar"] = "đ",
    };
}
