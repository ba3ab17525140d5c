using Pipeline.Ocr.Engine;
using Pipeline.Sources;
using Pipeline.Sources.Layout;

namespace Pipeline.Ocr.Layout;

internal static class WordBoxes
{
    /// <summary>An OCR word (pixels, confidence 0..100) as a positioned word (page-normalised box, confidence 0..1).</summary>
    public static PositionedWord Positioned(OcrWord w, int width, int height)
    {
        double x = Math.Max(1, width), y = Math.Max(1, height);
        return new PositionedWord(w.Text, new Box(w.Left / x, w.Top / y, (w.Right - w.Left) / x, (w.Bottom - w.Top) / y), w.Confidence / 100.0);
    }
}
