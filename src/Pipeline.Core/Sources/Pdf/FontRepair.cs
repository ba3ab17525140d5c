using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Sources.Pdf;

/// <summary>Whether a font's codes need mapping back to text, and whether that is possible.</summary>
internal enum FontRepairKind { NotNeeded, Mapped, Impossible }

/// <summary>
/// How to read the glyph codes of one font dictionary. The embedded program answers first (its cmap,
/// inverted; then its post glyph names); subsets that kept neither fall back on a recorded glyph order
/// for a known font version; when nothing answers, the font's text is unknowable and the page may
/// have to be OCR'd.
/// </summary>
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
                || !descriptor.TryGet(NameToken.FontFile2, scanner, out StreamToken? stream)) return Impossible;
            var bytes = stream.Decode(document.Structure.FilterProvider, scanner).ToArray();
            var program = EmbeddedTrueType.TryParse(bytes);
            if (program is null) return Impossible;

            var glyphText = program.PostNames();
            foreach (var (glyph, code) in program.InvertUnicode())
                glyphText[glyph] = char.ConvertFromUtf32(code);
            if (glyphText.Count == 0)
            {
                // Subsets that kept neither cmap nor names: fall back on a recorded glyph order.
                var baseFont = cidFont.TryGet(NameToken.BaseFont, scanner, out NameToken? name) ? name.Data : "";
                var known = KnownGlyphOrders.Find(baseFont, program.GlyphCount);
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
