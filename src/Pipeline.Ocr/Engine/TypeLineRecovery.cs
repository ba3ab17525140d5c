using Pipeline.Ocr.Imaging;
using Pipeline.Text;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// A second reading of the document-type line ("QUYẾT ĐỊNH", "NGHỊ QUYẾT") when the layout pass dropped it.
/// Nghị định 30/2020 puts the type name, in capitals and centred, directly above the title; a received stamp and a
/// seal printed beside it make Tesseract's layout pass (PSM 3) take the whole band for a picture, and the type and
/// the title anchor it gives are lost (QĐ 707/QĐ-TTg: nothing between the number row and "Về việc …").
/// The trigger is the layout's own gap: the first line below the number row starts more than
/// <see cref="GapFactor"/> label heights lower and is not in capitals. The band just above that line, as wide as
/// it, is then read as one line (PSM 7) and only words in capitals are kept, and only when they sit centred over
/// that line: stamp fragments and seal strokes beside it are neither.
/// </summary>
internal static class TypeLineRecovery
{
    private const int SingleLine = 7;

    /// <summary>Line number given to the recovered line, apart from the layout pass's and the signature recovery's.</summary>
    private const int RecoveredLine = 2_000_000;

    /// <summary>A gap below the number row wider than this many label heights may hide a line.</summary>
    private const double GapFactor = 3.5;

    public static OcrPageResult Apply(OcrEngine engine, PreparedImage image, OcrPageResult raw)
    {
        if (FindBand(raw) is not { } band) return raw;
        var reread = engine.Recognize(image, SingleLine, band.Region);
        var capitals = reread.Words.Where(w => VnText.IsUpper(w.Text, 2) && w.Confidence >= 20).ToList();
        if (capitals.Count == 0) return raw;
        var centre = (capitals.Min(w => w.Left) + capitals.Max(w => w.Right)) / 2.0;
        if (Math.Abs(centre - band.Centre) > band.Width * 0.1) return raw;
        return raw with { Words = [.. raw.Words, .. capitals.Select(w => w with { Line = RecoveredLine })] };
    }

    /// <summary>
    /// The band above the first centred line below the number row, when the gap above that line is wide, nothing was
    /// read in the band and the line is not in capitals.
    /// </summary>
    internal static ((int Left, int Top, int Width, int Height) Region, double Centre, int Width)? FindBand(OcrPageResult raw)
    {
        if (NumberRowRereading.Label(raw) is not { } label) return null;
        var height = label.Bottom - label.Top;
        var rowBottom = label.Bottom;
        var below = raw.Words
            .Where(w => w.Line != label.Line && w.Top > rowBottom + height / 2)
            .GroupBy(w => w.Line)
            .Select(g => (Words: g.OrderBy(w => w.Left).ToList(), Top: Median(g.Select(w => w.Top))))
            .Where(l => IsCentredAndWide(l.Words, raw.Width))
            .OrderBy(l => l.Top)
            .FirstOrDefault();
        if (below.Words is null || below.Top - rowBottom <= GapFactor * height) return null;
        if (VnText.IsUpper(string.Join(' ', below.Words.Select(w => w.Text)), 2)) return null;
        var left = below.Words[0].Left;
        var right = below.Words[^1].Right;
        var top = Math.Max(rowBottom, below.Top - (int)(1.8 * height));
        var bottom = below.Top - (int)(0.1 * height);
        // Something was read there (a type line too narrow to count as the first centred line): nothing is missing.
        if (raw.Words.Any(w => w.Line != label.Line && (w.Top + w.Bottom) / 2 is var y && y > top && y < bottom && w.Right > left && w.Left < right))
            return null;
        return ((left, top, right - left, bottom - top), (left + right) / 2.0, right - left);
    }

    /// <summary>A centred line at least a quarter of the page wide (the title's first line), not a stamp fragment beside the header.</summary>
    private static bool IsCentredAndWide(List<OcrWord> words, int pageWidth)
    {
        var left = words[0].Left;
        var right = words[^1].Right;
        return right - left >= pageWidth / 4 && Math.Abs((left + right) / 2.0 - pageWidth / 2.0) <= pageWidth * 0.15;
    }

    private static int Median(IEnumerable<int> values)
    {
        var list = values.Order().ToList();
        return list[list.Count / 2];
    }
}
