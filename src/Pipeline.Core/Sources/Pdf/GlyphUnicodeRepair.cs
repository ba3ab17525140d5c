using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// Gives back real characters for text drawn with composite (Type0, Identity-H) TrueType fonts that
/// carry no ToUnicode map. Such text extracts as glyph ids — "7ӌ1+" for "TỈNH" — because PDF readers
/// fall back to the raw code. Ghostscript and some signing tools write Vietnamese notices this way.
/// The font program embedded in the PDF still knows which character each glyph draws: its cmap
/// (Unicode → glyph) is inverted, and the post table's glyph names fill the gaps.
/// </summary>
public sealed class GlyphUnicodeRepair(PdfDocument document)
{
    private readonly Dictionary<IndirectReference, FontRepair> _fonts = [];

    /// <summary>True once some letter was changed, so the reader can say so in a warning.</summary>
    public bool Repaired { get; private set; }

    /// <summary>The letter's text, repaired when its font needs it; null when it cannot be known.</summary>
    public string? TextOf(Letter letter)
    {
        var reference = letter.FontDetails?.FontDictionaryReference;
        if (reference is not { } r) return letter.Value;

        if (!_fonts.TryGetValue(r, out var font))
            _fonts[r] = font = FontRepair.For(document, r);
        if (font.Kind == FontRepairKind.NotNeeded) return letter.Value;
        if (font.Kind == FontRepairKind.Impossible) return null;

        // Without a ToUnicode map PdfPig hands back the character code itself as the letter's text,
        // and merges codes that happen to be combining marks into the letter before: map each one.
        var text = new System.Text.StringBuilder();
        foreach (var code in letter.Value)
        {
            if (font.Lookup(code) is not { } part) return null;
            text.Append(part);
        }
        Repaired = true;
        return text.ToString();
    }

    /// <summary>
    /// Where the letter really ends on its baseline. PdfPig folds a code that looks like a combining
    /// mark into the letter before it, but the letter's end stays that of its first glyph; when the
    /// folded code is in fact a whole glyph ("h" + "ầ"), its advance from the font's widths is added.
    /// </summary>
    public double EndX(Letter letter)
    {
        var end = letter.EndBaseLine.X;
        if (letter.Value.Length < 2 || letter.FontDetails?.FontDictionaryReference is not { } r
            || !_fonts.TryGetValue(r, out var font) || font.Kind != FontRepairKind.Mapped) return end;
        var direction = letter.EndBaseLine.X >= letter.StartBaseLine.X ? 1 : -1;
        foreach (var code in letter.Value.Skip(1))
            end += direction * font.Advance(code) * letter.PointSize;
        return end;
    }
}
