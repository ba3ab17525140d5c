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
}

internal enum FontRepairKind { NotNeeded, Mapped, Impossible }

/// <summary>How to read the glyph codes of one font dictionary.</summary>
internal sealed class FontRepair
{
    private readonly Dictionary<int, string> _glyphText;
    private readonly int[]? _cidToGid;

    private FontRepair(FontRepairKind kind, Dictionary<int, string>? glyphText = null, int[]? cidToGid = null)
    {
        Kind = kind;
        _glyphText = glyphText ?? [];
        _cidToGid = cidToGid;
    }

    public FontRepairKind Kind { get; }

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
            return glyphText.Count == 0 ? Impossible : new FontRepair(FontRepairKind.Mapped, glyphText, cidToGid);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Impossible;
        }
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
