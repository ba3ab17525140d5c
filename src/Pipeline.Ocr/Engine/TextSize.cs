using Pipeline.Ocr.Imaging;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// Scales a page by the size of its text rather than by the page's size. A notice photographed and forwarded at
/// 600–800 px across, or a screenshot of part of a page, holds body words only 12–15 px high (marks included): at that
/// size Tesseract's layout pass runs the place-date into one word, cuts body rows in two and loses the signer's name,
/// while the words are still there to be measured. The first reading's words give the text height (the median box
/// height of lettered words, which does not depend on the page's size, a crop, its proportions or a resolution the
/// file may not state); a page whose text is lower than <see cref="SmallBelowPixels"/> is scaled so that it reaches
/// <see cref="TargetPixels"/>, about the height body words have on the 200 dpi scans that read best (28–38 px), and
/// read again. Measured with `pipeline bench-degraded` (src/Pipeline.Ocr/README.md, "How a page arrives"); the median
/// width per character was tried as the measure instead (it does not double where Tesseract reads two rows as one
/// line) and did worse on the degraded development pages (README).
/// </summary>
internal static class TextSize
{
    /// <summary>Median word height under which a page is read again larger.</summary>
    public const int SmallBelowPixels = 20;

    /// <summary>Median word height a small page is scaled to.</summary>
    public const int TargetPixels = 34;

    /// <summary>Upper bound of the scale: beyond it a page is more blur than text and scaling invents nothing.</summary>
    public const double MaxScale = 4.0;

    /// <summary>Fewer measured words than this say nothing about the text's size (a blank page, a stamp).</summary>
    private const int MinWords = 12;

    /// <summary>The median height in pixels of the words of two letters or more, or null when too few were read.</summary>
    public static double? MedianWordHeight(OcrPageResult raw)
    {
        var heights = raw.Words
            .Where(w => w.Text.Count(char.IsLetter) >= 2 && w.Bottom > w.Top)
            .Select(w => (double)(w.Bottom - w.Top))
            .Order()
            .ToList();
        return heights.Count < MinWords ? null : heights[heights.Count / 2];
    }

    /// <summary>
    /// The factor by which to scale the decoded image (<paramref name="decodedWidth"/> px wide) whose prepared copy gave
    /// <paramref name="raw"/>, or null when its text is large enough (or could not be measured).
    /// </summary>
    public static double? Scale(OcrPageResult raw, int decodedWidth)
    {
        if (MedianWordHeight(raw) is not { } height || height >= SmallBelowPixels) return null;
        // The prepared image may already be larger than the decoded one (a stated resolution below 150 dpi).
        var decodedHeight = height * decodedWidth / Math.Max(1, raw.Width);
        return Math.Min(MaxScale, TargetPixels / Math.Max(1, decodedHeight));
    }

    /// <summary>A copy of <paramref name="image"/> scaled by <paramref name="factor"/>, its stated resolution scaled with it.</summary>
    public static DecodedImage Scaled(DecodedImage image, double factor)
    {
        var pix = Native.PixHandle.Take(Native.Leptonica.PixScale(image.Pix, (float)factor, (float)factor))
                  ?? throw new InvalidOperationException("Leptonica scale failed");
        return new DecodedImage(pix, image.Dpi is { } dpi ? (int)Math.Round(dpi * factor) : null);
    }
}
