using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Native;
using Pipeline.Sources;

namespace Pipeline.Ocr.Imaging;

/// <summary>Decodes encoded images (PNG, JPEG, TIFF pages, BMP, PNM, JPEG 2000) with Leptonica.</summary>
internal static unsafe class ImageDecoder
{
    /// <summary>Decodes a single-image file (a TIFF gives its first page), checking its size from the header first.</summary>
    public static DecodedImage Decode(ReadOnlySpan<byte> bytes, string what, int? dpiOverride = null)
    {
        TesseractEnvironment.EnsureLibraries();
        fixed (byte* data = bytes)
        {
            if (Leptonica.PixReadHeaderMem(data, (nuint)bytes.Length, out _, out var width, out var height, out _, out _, out _) != 0)
                throw Corrupt(what, "its header cannot be read");
            ImageLimits.Check(width, height, what);
            var pix = PixHandle.Take(Leptonica.PixReadMem(data, (nuint)bytes.Length))
                ?? throw Corrupt(what, "its pixel data cannot be decoded");
            return new DecodedImage(pix, dpiOverride ?? PlausibleDpi(pix));
        }
    }

    /// <summary>Decodes page <paramref name="index"/> (0-based) of a TIFF whose page sizes were already checked.</summary>
    public static DecodedImage DecodeTiffPage(ReadOnlySpan<byte> bytes, int index, string what)
    {
        TesseractEnvironment.EnsureLibraries();
        fixed (byte* data = bytes)
        {
            var pix = PixHandle.Take(Leptonica.PixReadMemTiff(data, (nuint)bytes.Length, index))
                ?? throw Corrupt(what, "its pixel data cannot be decoded");
            return new DecodedImage(pix, PlausibleDpi(pix));
        }
    }

    /// <summary>The resolution stored in the file, when it looks like a scan's (some writers store 72 or 1).</summary>
    private static int? PlausibleDpi(PixHandle pix)
    {
        var dpi = pix.XResolution;
        return dpi is >= 100 and <= 1200 ? dpi : null;
    }

    public static SourceException Corrupt(string what, string problem) =>
        new($"{what} is corrupt: {problem}") { Code = "corrupt-image" };
}
