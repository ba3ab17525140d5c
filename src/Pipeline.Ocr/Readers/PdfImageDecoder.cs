using System.IO.Compression;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Native;
using Pipeline.Sources;

namespace Pipeline.Ocr.Readers;

/// <summary>Turns an extracted PDF page image into a Leptonica image, on a worker thread.</summary>
internal static unsafe class PdfImageDecoder
{
    public static DecodedImage Decode(PdfPageImage image, int pageNumber)
    {
        var what = $"the image of page {pageNumber} ({image.Filter})";
        ImageLimits.Check(image.Width, image.Height, what);
        var decoded = image.Encoding switch
        {
            PdfImageEncoding.Container => ImageDecoder.Decode(image.Data, what, image.Dpi),
            PdfImageEncoding.Ccitt => DecodeCcitt(image, what),
            PdfImageEncoding.Samples => DecodeSamples(image, what),
            _ => throw new SourceException($"{what} uses an encoding the OCR reader does not decode") { Code = "unsupported-image" },
        };
        if (image.BitsPerComponent == 1) decoded = DarkOnLight(decoded);
        return image.QuarterTurns == 0 ? decoded : Rotate(decoded, image.QuarterTurns);
    }

    /// <summary>Applies the page's /Rotate: scans fed sideways are stored landscape and turned upright for display.</summary>
    private static DecodedImage Rotate(DecodedImage image, int quarterTurns)
    {
        using (image) return image.Turned(quarterTurns);
    }

    private static DecodedImage DecodeCcitt(PdfPageImage image, string what)
    {
        var tiff = CcittTiff.Wrap(image.Data, image.Width, image.Height, image.CcittK, image.CcittBlackIs1, image.CcittByteAlign);
        return ImageDecoder.Decode(tiff, what, image.Dpi);
    }

    private static DecodedImage DecodeSamples(PdfPageImage image, string what)
    {
        var samples = image.Deflated ? Inflate(image.Data, what) : image.Data;
        var pnm = image.BitsPerComponent == 1
            ? Pnm.FromBits(image.Width, image.Height, samples)
            : Pnm.FromSamples(image.Width, image.Height, image.Components, samples);
        return ImageDecoder.Decode(pnm, what, image.Dpi);
    }

    private static byte[] Inflate(byte[] data, string what)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new SourceException($"{what} is corrupt: its Flate stream cannot be inflated", e) { Code = "corrupt-image" };
        }
    }

    /// <summary>
    /// 1-bit page images: the meaning of a 1 bit depends on BlackIs1, Decode arrays and the PBM convention;
    /// rather than trust every writer, a page whose majority of pixels is black is inverted (paper is white).
    /// </summary>
    private static DecodedImage DarkOnLight(DecodedImage image)
    {
        if (image.Pix.Depth != 1) return image;
        if (Leptonica.PixCountPixels(image.Pix, out var black, IntPtr.Zero) != 0) return image;
        if (black <= (long)image.Width * image.Height / 2) return image;
        Leptonica.PixInvert(image.Pix.DangerousGetHandle(), image.Pix);
        return image;
    }
}
