using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Imaging;

/// <summary>Gray conversion, resampling to the target resolution, deskew and optional binarisation.</summary>
internal static class PagePreparer
{
    /// <summary>A4's long side in inches: the fallback for images that do not state their resolution.</summary>
    private const double A4LongSideInches = 11.69;

    /// <summary>Produces a new image; the decoded one stays owned by the caller.</summary>
    public static PreparedImage Prepare(DecodedImage image, ImagePreparation preparation)
    {
        var dpi = image.Dpi ?? EstimateDpi(image.Width, image.Height);
        var current = Gray(image.Pix);
        try
        {
            if (preparation.Resample && dpi < preparation.TargetDpi * 0.9)
            {
                var scale = (float)preparation.TargetDpi / dpi;
                Replace(ref current, Leptonica.PixScale(current, scale, scale), "scale");
                dpi = preparation.TargetDpi;
            }
            if (preparation.Deskew)
                Replace(ref current, Leptonica.PixDeskew(current, 0), "deskew");
            if (preparation.Binarise != Binarisation.None)
                Replace(ref current, Binarise(current, preparation.Binarise, dpi), "binarise");
            Leptonica.PixSetResolution(current, dpi, dpi);
            var prepared = new PreparedImage(current, dpi);
            current = null!;
            return prepared;
        }
        finally
        {
            current?.Dispose();
        }
    }

    /// <summary>Resolution guessed from the page size, assuming an A4 sheet (what Vietnamese notices are printed on).</summary>
    public static int EstimateDpi(int width, int height) =>
        (int)Math.Round(Math.Max(width, height) / A4LongSideInches);

    /// <summary>8-bit gray, no colour map: what scaling and thresholding work best on.</summary>
    private static PixHandle Gray(PixHandle pix) =>
        PixHandle.Take(Leptonica.PixConvertTo8(pix, 0)) ?? throw new InvalidOperationException("pixConvertTo8 failed");

    private static void Replace(ref PixHandle current, IntPtr result, string step)
    {
        var next = PixHandle.Take(result) ?? throw new InvalidOperationException($"Leptonica {step} failed");
        current.Dispose();
        current = next;
    }

    private static IntPtr Binarise(PixHandle gray, Binarisation method, int dpi)
    {
        IntPtr binary;
        var ok = method switch
        {
            // Tiles of about 1/3 inch: small enough for uneven lighting, large enough to hold text and paper.
            Binarisation.OtsuAdaptive => Leptonica.PixOtsuAdaptiveThreshold(gray, dpi, dpi, 0, 0, 0.1f, IntPtr.Zero, out binary),
            // Window half-size ~ one text line; factor 0.34 is Leptonica's recommended default.
            _ => Leptonica.PixSauvolaBinarizeTiled(gray, Math.Max(8, dpi / 12), 0.34f, 2, 2, IntPtr.Zero, out binary),
        };
        return ok == 0 ? binary : IntPtr.Zero;
    }
}
