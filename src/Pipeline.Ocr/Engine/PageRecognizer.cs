using System.Collections.Immutable;
using Pipeline.Ocr.Imaging;
using Pipeline.Sources;
using Pipeline.Sources.Layout;

namespace Pipeline.Ocr.Engine;

/// <summary>Image → prepared image → words → filtered, assembled and ordered lines of one page.</summary>
internal static class PageRecognizer
{
    public static RecognizedPage Recognize(OcrEngine engine, DecodedImage image, int pageNumber, OcrOptions options)
    {
        using var prepared = PagePreparer.Prepare(image, options.Preparation);
        var raw = SignatureRecovery.Apply(engine, prepared, engine.Recognize(prepared));
        // Boxes are normalised, so the original image's pixels and dpi are the page coordinates provenance reports.
        var size = new PageExtent(image.Width, image.Height, "px", image.Dpi ?? PagePreparer.EstimateDpi(image.Width, image.Height));
        return new RecognizedPage(ToPage(raw, pageNumber, options.Noise) with { Size = size }, raw, []);
    }

    public static Page ToPage(OcrPageResult raw, int pageNumber, NoiseFilter noise)
    {
        double width = Math.Max(1, raw.Width), height = Math.Max(1, raw.Height);
        // Lines come from Tesseract's own text lines: its baseline fit follows a slightly skewed or curved
        // scan line where grouping boxes by overlap would merge neighbours. The assembler still splits each
        // line at wide gaps, so the two columns of a header row stay apart.
        var segments = raw.Words.Where(noise.KeepWord)
            .GroupBy(w => w.Line)
            .SelectMany(line => LineAssembler.Assemble(line.Select(w => new PositionedWord(w.Text,
                new Box(w.Left / width, w.Top / height, (w.Right - w.Left) / width, (w.Bottom - w.Top) / height),
                w.Confidence / 100.0)), pageNumber))
            .Where(noise.KeepLine)
            .Select(l => l with { Text = HeaderCorrections.Apply(l.Text) });
        var lines = ReadingOrder.Arrange(segments).ToImmutableArray();
        var confidences = lines.Where(l => l.Confidence.HasValue).Select(l => l.Confidence!.Value).ToList();
        double? confidence = confidences.Count == 0 ? null : confidences.Average();
        return new Page(pageNumber, lines, LineOrigin.Ocr, confidence);
    }
}
