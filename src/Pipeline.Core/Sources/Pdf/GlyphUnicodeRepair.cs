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

internal enum FontRepairKind { NotNeeded, Mapped, Impossible }

/// <summary>How to read the glyph codes of one font dictionary.</summary>
internal sealed class FontRepair
{
    private readonly Dictionary<int, string> _glyphText;
    private readonly int[]? _cidToGid;

    private readonly Dictionary<int, double> _widths;
    private readonly double _defaultWidth;

    private FontRepair(FontRepairKind kind, Dictionary<int, string>? glyphText = null, int[]? cidToGid = null,
        Dictionary<int, double>? widths = null, double defaultWidth = 1000)
    {
        Kind = kind;
        _glyphText = glyphText ?? [];
        _cidToGid = cidToGid;
        _widths = widths ?? [];
        _defaultWidth = defaultWidth;
    }

    public FontRepairKind Kind { get; }

    /// <summary>The advance of a CID as a share of the font size (the W array is in 1/1000 em).</summary>
    public double Advance(int cid) => _widths.GetValueOrDefault(cid, _defaultWidth) / 1000;

    public string? Lookup(int cid)
    {
        var glyph = _cidToGid is null ? cid : cid < _cidToGid.Length ? _cidToGid[cid] : 0;
        return _glyphText.GetValueOrDefault(glyph);
    }

    private static readonly FontRepair NotNeeded = new(FontRepairKind.NotNeeded);
    private static readonly FontRepair Impossible = new(FontRepairKind.Impossible);

    public static FontRepair For(PdfDocument document, IndirectReference reference)
    {
        try
        {
            var scanner = document.Structure.TokenScanner;
            if (document.Structure.GetObject(reference)?.Data is not DictionaryToken font) return NotNeeded;
            if (!font.TryGet(NameToken.Subtype, scanner, out NameToken? subtype) || subtype.Data != "Type0") return NotNeeded;
            if (font.ContainsKey(NameToken.ToUnicode)) return NotNeeded;
            // Only the identity encodings make the character code a CID we can follow to a glyph.
            if (!font.TryGet(NameToken.Encoding, scanner, out NameToken? encoding)
                || encoding.Data is not ("Identity-H" or "Identity-V")) return NotNeeded;

            if (!font.TryGet(NameToken.DescendantFonts, scanner, out ArrayToken? descendants)
                || descendants.Data.Count == 0) return Impossible;
            var cidFont = Resolve<DictionaryToken>(descendants.Data[0], document);
            if (cidFont is null) return Impossible;
            var cidToGid = ReadCidToGid(cidFont, document);

            if (!cidFont.TryGet(NameToken.FontDescriptor, scanner, out DictionaryToken? descriptor)
                || !descriptor.TryGet(NameToken.FontFile2, scanner, out StreamToken? program)) return Impossible;
            var bytes = program.Decode(document.Structure.FilterProvider, scanner).ToArray();
            var tables = TrueTypeTables.TryParse(bytes);
            if (tables is null) return Impossible;

            var glyphText = TrueTypePostNames.Read(tables["post"]);
            foreach (var (glyph, code) in TrueTypeCmap.InvertUnicode(tables["cmap"]))
                glyphText[glyph] = char.ConvertFromUtf32(code);
            if (glyphText.Count == 0)
            {
                // Subsets that kept neither cmap nor names: fall back on a recorded glyph order.
                var baseFont = cidFont.TryGet(NameToken.BaseFont, scanner, out NameToken? name) ? name.Data : "";
                var known = KnownGlyphOrders.Find(baseFont, BigEndian.U16(tables["maxp"], 4));
                if (known is not null) glyphText = new Dictionary<int, string>(known);
            }
            if (glyphText.Count == 0) return Impossible;
            var (widths, defaultWidth) = ReadWidths(cidFont, scanner);
            return new FontRepair(FontRepairKind.Mapped, glyphText, cidToGid, widths, defaultWidth);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Impossible;
        }
    }

    /// <summary>The CID font's W array: "c [w1 w2 …]" gives consecutive CIDs, "c1 c2 w" a range.</summary>
    private static (Dictionary<int, double> Widths, double Default) ReadWidths(DictionaryToken cidFont,
        UglyToad.PdfPig.Tokenization.Scanner.IPdfTokenScanner scanner)
    {
        var widths = new Dictionary<int, double>();
        var defaultWidth = cidFont.TryGet(NameToken.Dw, scanner, out NumericToken? dw) ? dw.Double : 1000;
        if (!cidFont.TryGet(NameToken.W, scanner, out ArrayToken? array)) return (widths, defaultWidth);
        var items = array.Data;
        for (var i = 0; i + 1 < items.Count;)
        {
            if (items[i] is not NumericToken first) break;
            if (items[i + 1] is ArrayToken list)
            {
                for (var k = 0; k < list.Data.Count; k++)
                    if (list.Data[k] is NumericToken w) widths[first.Int + k] = w.Double;
                i += 2;
            }
            else if (i + 2 < items.Count && items[i + 1] is NumericToken last && items[i + 2] is NumericToken w)
            {
                for (var c = first.Int; c <= last.Int && c - first.Int < 0x10000; c++) widths[c] = w.Double;
                i += 3;
            }
            else break;
        }
        return (widths, defaultWidth);
    }

    private static int[]? ReadCidToGid(DictionaryToken cidFont, PdfDocument document)
    {
        if (!cidFont.TryGet(NameToken.CidToGidMap, out IToken? token)) return null;
        var stream = Resolve<StreamToken>(token, document);
        if (stream is null) return null; // the name /Identity
        var data = stream.Decode(document.Structure.FilterProvider, document.Structure.TokenScanner).Span;
        var map = new int[data.Length / 2];
        for (var i = 0; i < map.Length; i++) map[i] = data[2 * i] << 8 | data[2 * i + 1];
        return map;
    }

    private static T? Resolve<T>(IToken token, PdfDocument document) where T : class, IToken =>
        token switch
        {
            T t => t,
            IndirectReferenceToken r => document.Structure.GetObject(r.Data)?.Data as T,
            _ => null,
        };
}
