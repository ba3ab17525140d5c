using Pipeline.Sources;

namespace Pipeline.Ocr.Imaging;

/// <summary>Refuses images no scanner produces before they are allocated (an A0 sheet at 600 dpi is ~70 MP).</summary>
public static class ImageLimits
{
    public const long MaxPixels = 200_000_000;

    public static void Check(long width, long height, string what)
    {
        if (width <= 0 || height <= 0)
            throw new SourceException($"{what} has no valid size ({width}x{height})") { Code = "corrupt-image" };
        if (width * height > MaxPixels)
            throw new SourceException($"{what} is {width}x{height} pixels ({width * height / 1_000_000} megapixels), over the {MaxPixels / 1_000_000} megapixel limit")
            { Code = "too-large" };
    }
}
