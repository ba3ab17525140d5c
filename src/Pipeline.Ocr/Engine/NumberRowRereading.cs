using System.Text.RegularExpressions;
using Pipeline.Ocr.Imaging;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// A second reading of the number row ("Số: 707/QĐ-TTg") as a single text line when the layout pass lost its
/// printed symbol. The number is usually filled in by hand and its strokes rise and fall past the printed line;
/// the layout pass (PSM 3) then takes handwriting and the printed "/QĐ-" for one word ("Số: ng TTg" on QĐ 707/QĐ-TTg).
/// Read as one line (PSM 7) over a band the printed label's height, the printed part comes back. Nghị định
/// 30/2020 prints the symbol in that row, so a row without one is what triggers the second pass, and its result
/// is kept only when it holds a symbol: a page whose row was read well costs nothing and is never changed.
/// A symbol read with a confidence the noise filter drops counts as lost: at 300 dpi CV 813/HC-CNHC's row came out
/// "số: f45 ./HC-CNHC" with the symbol at 15, which left the row "số:" (the handwritten number spills into it).
/// </summary>
internal static partial class NumberRowRereading
{
    private const int SingleLine = 7;

    /// <summary>Words of the row's left part are those closer to the previous word than this many label heights.</summary>
    private const double GapFactor = 2.0;

    public static OcrPageResult Apply(OcrEngine engine, PreparedImage image, OcrPageResult raw, NoiseFilter noise)
    {
        if (FindRow(raw, noise) is not { } row) return raw;
        var reread = engine.Recognize(image, SingleLine, row.Region);
        var words = reread.Words.Where(w => w.Text.Length > 0).ToList();
        if (!HasSymbol(Text(words, noise)) || !words.Any(w => NumberLabel().IsMatch(w.Text))) return raw;
        var line = row.Words[0].Line;
        var index = raw.Words.ToList().IndexOf(row.Words[0]);
        var kept = raw.Words.Where(w => !row.Words.Contains(w)).ToList();
        kept.InsertRange(Math.Min(index, kept.Count), words.Select(w => w with { Line = line }));
        return raw with { Words = kept };
    }

    /// <summary>The number label and the words after it up to a wide gap, when they hold no symbol; with the band to re-read.</summary>
    internal static (IReadOnlyList<OcrWord> Words, (int Left, int Top, int Width, int Height) Region)? FindRow(OcrPageResult raw, NoiseFilter noise)
    {
        if (Label(raw) is not { } start) return null;
        var height = start.Bottom - start.Top;
        var words = new List<OcrWord> { start };
        foreach (var word in raw.Words.Where(w => w.Line == start.Line && w.Left > start.Left).OrderBy(w => w.Left))
        {
            if (word.Left - words[^1].Right > GapFactor * height) break;
            words.Add(word);
        }
        if (words.Count < 2 || HasSymbol(Text(words, noise))) return null;
        var left = Math.Max(0, start.Left - (int)(0.3 * height));
        var top = Math.Max(0, start.Top - (int)(0.3 * height));
        var right = Math.Min(raw.Width, words[^1].Right + height);
        var bottom = Math.Min(raw.Height, start.Bottom + (int)(0.6 * height));
        return (words, (left, top, right - left, bottom - top));
    }

    /// <summary>The number label "Số:": the first one in the left half of the page's top 45 %.</summary>
    internal static OcrWord? Label(OcrPageResult raw) => raw.Words
        .Where(w => w.Top < raw.Height * 0.45 && w.Left < raw.Width / 2 && NumberLabel().IsMatch(w.Text))
        .OrderBy(w => w.Top)
        .Cast<OcrWord?>()
        .FirstOrDefault();

    /// <summary>The words the noise filter keeps, as one text: what the extractor would read of the row.</summary>
    private static string Text(IEnumerable<OcrWord> words, NoiseFilter noise) => string.Join(' ', words.Where(noise.KeepWord).Select(w => w.Text));

    /// <summary>A document symbol: a code of capitals joined to the next by a hyphen or slash (QĐ-TTg, NQ-CP, TB/TU).</summary>
    internal static bool HasSymbol(string text) => Symbol().IsMatch(text);

    [GeneratedRegex(@"\p{Lu}{2,}\s?[-/]\s?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();

    // "Số:" as a word of its own or before the number, in the forms Tesseract reads it (see HeaderCorrections).
    [GeneratedRegex("^" + Pipeline.Roles.LinePatterns.NumberWord + @"\s*[,.:;]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();
}
