using System.Runtime.InteropServices;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Evaluation;

/// <summary>
/// How a page picture is spoiled for the degradation bench: what a phone or a messaging app hands on when a notice is
/// photographed and forwarded (a page 600–800 px wide, re-encoded as JPEG at a low quality, sometimes out of focus).
/// </summary>
/// <param name="Width">Page width in pixels after downscaling (a page already narrower keeps its size).</param>
/// <param name="Quality">JPEG quality, 1..100.</param>
/// <param name="Blur">Half-width in pixels of a box blur applied after downscaling (0: none).</param>
public sealed record PageDegradation(int Width = 700, int Quality = 60, int Blur = 0)
{
    public override string ToString() => $"{Width} px wide, JPEG quality {Quality}" + (Blur > 0 ? $", box blur {2 * Blur + 1} px" : "");

    /// <summary>The degraded page as JPEG bytes; <paramref name="image"/> is any format the OCR reader decodes.</summary>
    public byte[] Apply(byte[] image, string what)
    {
        using var decoded = ImageDecoder.Decode(image, what);
        var current = PixHandle.Take(decoded.Pix.Depth == 32 ? Copy(decoded.Pix) : Leptonica.PixConvertTo8(decoded.Pix, 0))
            ?? throw new InvalidOperationException("Leptonica conversion failed");
        try
        {
            if (current.Width > Width)
            {
                var scale = (float)Width / current.Width;
                Replace(ref current, Leptonica.PixScale(current, scale, scale));
            }
            if (Blur > 0) Replace(ref current, Leptonica.PixBlockconv(current, Blur, Blur));
            if (Leptonica.PixWriteMemJpeg(out var data, out var size, current, Quality, 0) != 0)
                throw new InvalidOperationException("Leptonica JPEG encoding failed");
            return Leptonica.TakeEncoded(data, size);
        }
        finally
        {
            current.Dispose();
        }
    }

    /// <summary>A 32-bit colour page stays colour (a photo's uneven colour cast is part of what arrives).</summary>
    private static IntPtr Copy(PixHandle pix) => Leptonica.PixScale(pix, 1f, 1f);

    private static void Replace(ref PixHandle current, IntPtr result)
    {
        var next = PixHandle.Take(result) ?? throw new InvalidOperationException("Leptonica scaling or blur failed");
        current.Dispose();
        current = next;
    }
}
