using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Imaging;

/// <summary>Gray conversion, resampling to the target resolution, deskew and optional binarisation.</summary>
internal static class PagePreparer
{
    /// <summary>Paper sizes in inches (short, long side): A4, what Vietnamese notices are printed on, and US Letter.</summary>
    private static readonly (double Short, double Long)[] PaperSizes = [(8.27, 11.69), (8.5, 11.0)];

    /// <summary>Produces a new image; the decoded one stays owned by the caller.</summary>
    public static PreparedImage Prepare(DecodedImage image, ImagePreparation preparation)
    {
        var dpi = image.Dpi ?? EstimateDpi(image.Width, image.Height);
        var current = Gray(image.Pix, preparation.DropRedInk);
        try
        {
            PhotoMeasure? photo = null;
            if (preparation.LevelPhotos)
            {
                var (measure, levelled) = PhotoPage.LevelIfPhoto(Raster.Gray(current), current.Width, current.Height);
                photo = measure;
                if (levelled is not null)
                {
                    var pix = Raster.FromGray(levelled, current.Width, current.Height);
                    current.Dispose();
                    current = pix;
                }
            }
            if (Upsamples(image, dpi, preparation))
            {
                var scale = (float)preparation.TargetDpi / dpi;
                Replace(ref current, Leptonica.PixScale(current, scale, scale), "scale");
                dpi = preparation.TargetDpi;
            }
            if (preparation.Deskew)
                Replace(ref current, Leptonica.PixDeskew(current, 0), "deskew");
            var binarise = photo is { IsPhoto: true } ? preparation.BinarisePhotos : preparation.Binarise;
            if (binarise != Binarisation.None)
                Replace(ref current, Binarise(current, binarise, dpi), "binarise");
            int? told = dpi >= preparation.EstimateResolutionBelowDpi ? dpi : null;
            // Resolution 0 in the image too: Tesseract would otherwise take the file's figure as given.
            Leptonica.PixSetResolution(current, told ?? 0, told ?? 0);
            var prepared = new PreparedImage(current, dpi, told) { Photo = photo };
            current = null!;
            return prepared;
        }
        finally
        {
            current?.Dispose();
        }
    }

    /// <summary>True when the page is scaled up to the target resolution before recognition.</summary>
    internal static bool Upsamples(DecodedImage image, int dpi, ImagePreparation preparation) =>
        (preparation.Resample && dpi < preparation.ResampleBelowDpi)
        || (image.Dpi is { } stated && stated < preparation.UpsampleStatedBelowDpi);

    /// <summary>
    /// Resolution guessed for an image that does not state it: the paper size whose proportions match the image
    /// best (A4 or Letter), and the mean of the two sides' pixels per inch.
    /// </summary>
    public static int EstimateDpi(int width, int height)
    {
        double shortSide = Math.Min(width, height), longSide = Math.Max(width, height);
        var paper = PaperSizes.MinBy(p => Math.Abs(p.Long / p.Short - longSide / Math.Max(1, shortSide)));
        return (int)Math.Round((shortSide / paper.Short + longSide / paper.Long) / 2);
    }

    /// <summary>8-bit gray, no colour map: what scaling and thresholding work best on.</summary>
    private static PixHandle Gray(PixHandle pix, bool dropRedInk) =>
        PixHandle.Take(dropRedInk && pix.Depth == 32
            ? Leptonica.PixConvertRgbToGray(pix, 1, 0, 0)
            : Leptonica.PixConvertTo8(pix, 0)) ?? throw new InvalidOperationException("gray conversion failed");

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
