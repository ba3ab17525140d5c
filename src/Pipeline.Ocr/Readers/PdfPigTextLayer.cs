using System.Collections.Immutable;
using Pipeline.Ocr.Engine;
using Pipeline.Sources;
using Pipeline.Sources.Layout;
using UglyToad.PdfPig;

namespace Pipeline.Ocr.Readers;

/// <summary>
/// The default text-layer decision of <see cref="ScannedPdfReader"/>, until Core's PdfTextLayerReader is wired in:
/// a page has a real text layer when, after dropping the e-signature banner lines, it still holds at least
/// <see cref="MinLetters"/> letters. Signed scans from chinhphu.vn carry only the banner as text.
/// </summary>
public static class PdfPigTextLayer
{
    /// <summary>Fewer letters than a few lines of body text means the page is a scan (or a cover stamp).</summary>
    public const int MinLetters = 200;

    /// <summary>Per page: the text-layer page, or null when the page must be OCR'd.</summary>
    public static IReadOnlyList<Page?> Pages(SourceFile file)
    {
        using var document = PdfDocument.Open(file.Bytes);
        return [.. document.GetPages().Select(ToPage)];
    }

    private static Page? ToPage(UglyToad.PdfPig.Content.Page page, int index)
    {
        double width = Math.Max(1, page.Width), height = Math.Max(1, page.Height);
        var words = page.GetWords().Select(w => new PositionedWord(w.Text,
            new Box(w.BoundingBox.Left / width, (height - w.BoundingBox.Top) / height, w.BoundingBox.Width / width, w.BoundingBox.Height / height)));
        var lines = LineAssembler.Assemble(words, index + 1)
            .Where(l => !NoiseFilter.Default.IsSignatureBanner(l.Text))
            .ToList();
        var letters = lines.Sum(l => l.Text.Count(char.IsLetterOrDigit));
        if (letters < MinLetters) return null;
        return new Page(index + 1, [.. ReadingOrder.Arrange(lines)], LineOrigin.TextLayer);
    }
}
