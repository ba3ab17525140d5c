using System.Collections.Immutable;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Layout;
using Pipeline.Sources;
using Pipeline.Sources.Layout;

namespace Pipeline.Ocr.Engine;

/// <summary>Image → prepared image → words → filtered, assembled, ordered and corrected lines of one page.</summary>
internal static class PageRecognizer
{
    public static RecognizedPage Recognize(OcrEngine engine, DecodedImage image, int pageNumber, OcrOptions options)
    {
        var (raw, turns, scale, photo) = RecognizeUpright(engine, image, options);
        var recognized = ToRecognized(raw, pageNumber, options);
        // Boxes are normalised, so the (upright) image's pixels and dpi are the page coordinates provenance reports.
        var (width, height) = turns % 2 == 0 ? (image.Width, image.Height) : (image.Height, image.Width);
        var size = new PageExtent(width, height, "px", image.Dpi ?? PagePreparer.EstimateDpi(width, height));
        List<string> warnings = [.. recognized.Warnings];
        if (photo) warnings.Insert(0, $"page {pageNumber}: the page looks photographed (uneven light or a table around the sheet): its background was levelled before reading");
        if (scale is { } factor) warnings.Insert(0, $"page {pageNumber}: the text is small (a low-resolution picture): the page was read scaled ×{factor:0.0}");
        if (turns != 0) warnings.Insert(0, $"page {pageNumber}: the page image was turned {90 * turns}° clockwise to read it upright");
        return recognized with { Page = recognized.Page with { Size = size }, Warnings = [.. warnings] };
    }

    /// <summary>
    /// Tesseract's words for the page (with the signature block recovered when the layout pass skipped it, and the
    /// number row read again as one line when the layout pass lost its symbol, the place-date's day and month read
    /// again as digits when they were read as something else, and the type line read again when the
    /// layout pass dropped it).
    /// </summary>
    public static OcrPageResult RecognizeRaw(OcrEngine engine, DecodedImage image, OcrOptions options) =>
        RecognizeUpright(engine, image, options).Raw;

    /// <summary>
    /// The page's words, read after turning the page upright when it arrived sideways or upside down (PageOrientation),
    /// and scaled by its text height when its text is small (TextSize).
    /// </summary>
    private static (OcrPageResult Raw, int QuarterTurns, double? Scale, bool Photo) RecognizeUpright(OcrEngine engine, DecodedImage image, OcrOptions options)
    {
        using var prepared = PagePreparer.Prepare(image, options.Preparation);
        var first = engine.Recognize(prepared);
        var turns = options.DetectOrientation ? PageOrientation.QuarterTurns(engine, prepared, first) : 0;
        if (turns == 0) return AtTextSize(engine, image, prepared, first, options, 0);
        using var turned = image.Turned(turns);
        using var preparedTurned = PagePreparer.Prepare(turned, options.Preparation);
        return AtTextSize(engine, turned, preparedTurned, engine.Recognize(preparedTurned), options, turns);
    }

    private static (OcrPageResult Raw, int QuarterTurns, double? Scale, bool Photo) AtTextSize(OcrEngine engine, DecodedImage image, PreparedImage prepared,
        OcrPageResult first, OcrOptions options, int turns)
    {
        if (!options.ScaleSmallText || TextSize.Scale(first, image.Width) is not { } factor)
            return (Recover(engine, image, prepared, first, options), turns, null, prepared.Photo is { IsPhoto: true });
        using var scaled = TextSize.Scaled(image, factor);
        using var preparedScaled = PagePreparer.Prepare(scaled, options.Preparation);
        return (Recover(engine, scaled, preparedScaled, engine.Recognize(preparedScaled), options), turns, factor, preparedScaled.Photo is { IsPhoto: true });
    }

    private static OcrPageResult Recover(OcrEngine engine, DecodedImage image, PreparedImage prepared, OcrPageResult first, OcrOptions options)
    {
        var raw = SignatureRecovery.Apply(engine, prepared, first);
        raw = SignerNameRecovery.Apply(engine, image, options.Preparation, raw);
        raw = NumberRowRereading.Apply(engine, prepared, raw, options.Noise);
        raw = DateSlotRereading.Apply(engine, prepared, raw);
        return TypeLineRecovery.Apply(engine, prepared, raw);
    }

    public static OcrPageResult RecognizeRaw(OcrEngine engine, string imagePath, OcrOptions options)
    {
        using var image = ImageDecoder.Decode(File.ReadAllBytes(imagePath), imagePath);
        return RecognizeRaw(engine, image, options);
    }

    public static Page ToPage(OcrPageResult raw, int pageNumber, OcrOptions options) => ToRecognized(raw, pageNumber, options).Page;

    /// <summary>
    /// The text stages: noise filter, line assembly and reading order, header fixes, language-model correction
    /// (whose changes, printed form first, become a page warning).
    /// </summary>
    public static RecognizedPage ToRecognized(OcrPageResult raw, int pageNumber, OcrOptions options)
    {
        var noise = options.Noise;
        var words = raw.Words.Where(noise.KeepWord).ToList();
        var ordered = options.AdministrativeOrder
            ? AdministrativeLayout.Arrange(words, raw.Width, raw.Height, pageNumber, noise)
            : GenericOrder(words, raw.Width, raw.Height, pageNumber, noise);
        IReadOnlyList<Line> lines = [.. ordered.Select(l => l with { Text = HeaderCorrections.Apply(l.Text) })];
        if (options.Typography) lines = [.. lines.Select(l => l with { Text = Language.Typography.Apply(l.Text) })];
        var warnings = new List<string>();
        if (options.Corrector is { } corrector)
        {
            var correction = corrector.Correct(lines);
            lines = correction.Lines;
            if (correction.Changes.Count > 0)
                warnings.Add($"page {pageNumber}: the OCR language model changed {correction.Changes.Count} word(s), printed → corrected: " +
                             string.Join(", ", correction.Changes.Select(c => $"{c.Printed} → {c.Corrected}")));
        }
        var confidences = lines.Where(l => l.Confidence.HasValue).Select(l => l.Confidence!.Value).ToList();
        double? confidence = confidences.Count == 0 ? null : confidences.Average();
        return new RecognizedPage(new Page(pageNumber, [.. lines], LineOrigin.Ocr, confidence), raw, warnings);
    }

    /// <summary>Before the administrative layout: Tesseract's lines split at wide gaps, ordered by Core's two-column rule.</summary>
    private static IReadOnlyList<Line> GenericOrder(List<OcrWord> words, int width, int height, int pageNumber, NoiseFilter noise)
    {
        var segments = words.GroupBy(w => w.Line)
            .SelectMany(line => LineAssembler.Assemble(line.Select(w => WordBoxes.Positioned(w, width, height)), pageNumber))
            .Where(noise.KeepLine);
        return ReadingOrder.Arrange(segments);
    }
}
