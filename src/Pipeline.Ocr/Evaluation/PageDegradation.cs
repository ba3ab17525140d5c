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
/// <param name="Photo">
/// Also make the page look photographed by hand (<see cref="Photograph"/>): turned slightly, lit unevenly, paper gray
/// rather than white, and lying on a dark table that shows around it. Off by default, so the benchmark's default figure
/// stays the one measured before the option existed.
/// </param>
public sealed record PageDegradation(int Width = 700, int Quality = 60, int Blur = 0, bool Photo = false)
{
    /// <summary>How far the photographed page is turned (clockwise, degrees): a hand-held phone is rarely square to the page.</summary>
    public const double PhotoTiltDegrees = 1.5;

    /// <summary>Table shown on each side of the photographed page, as a share of the page's width.</summary>
    public const double PhotoMarginShare = 0.08;

    /// <summary>Light falls from the top left: the bottom-right corner gets this share of it (a phone's or a hand's shadow).</summary>
    public const double PhotoDarkestLight = 0.55;

    /// <summary>Printed black and paper white under full light (a photo's paper is gray, its ink never quite black).</summary>
    public const int PhotoInk = 35, PhotoPaper = 226;

    /// <summary>Gray of the table around the page under full light (and its colour on colour pages).</summary>
    public static readonly (byte R, byte G, byte B) PhotoTable = (78, 66, 56);

    public override string ToString() => $"{Width} px wide, JPEG quality {Quality}" + (Blur > 0 ? $", box blur {2 * Blur + 1} px" : "") +
                                         (Photo ? $", photographed (tilted {PhotoTiltDegrees}°, light {100 * PhotoDarkestLight:0}–100 % from the top left, paper {PhotoPaper}, ink {PhotoInk}, table around it)" : "");

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
            if (Photo) { var photo = Photograph(current); current.Dispose(); current = photo; }
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

    /// <summary>
    /// The page as a phone photographs it: the page (its size unchanged) turned by <see cref="PhotoTiltDegrees"/> and laid on a
    /// table that shows <see cref="PhotoMarginShare"/> of its width on every side, its tones squeezed between
    /// <see cref="PhotoInk"/> and <see cref="PhotoPaper"/>, and the whole picture lit from the top left down to
    /// <see cref="PhotoDarkestLight"/> of the light in the bottom-right corner. Deterministic: the same page gives the same
    /// picture. 8 bpp pages stay gray, 32 bpp pages colour.
    /// </summary>
    internal static PixHandle Photograph(PixHandle page)
    {
        int w = page.Width, h = page.Height, margin = (int)Math.Round(PhotoMarginShare * w);
        int outW = w + 2 * margin, outH = h + 2 * margin;
        var planes = page.Depth == 32 ? Planes(Raster.Rgb(page)) : [Raster.Gray(page)];
        byte[] table = page.Depth == 32 ? [PhotoTable.R, PhotoTable.G, PhotoTable.B] : [(byte)((PhotoTable.R + PhotoTable.G + PhotoTable.B) / 3)];
        var output = planes.Select(_ => new byte[outW * outH]).ToArray();
        var angle = PhotoTiltDegrees * Math.PI / 180;
        double cos = Math.Cos(angle), sin = Math.Sin(angle);
        double cx = outW / 2.0, cy = outH / 2.0, pcx = w / 2.0, pcy = h / 2.0;
        for (var y = 0; y < outH; y++)
        for (var x = 0; x < outW; x++)
        {
            // Inverse rotation: where on the page this picture pixel looks.
            double dx = x - cx, dy = y - cy;
            var sx = cos * dx + sin * dy + pcx;
            var sy = -sin * dx + cos * dy + pcy;
            var light = 1 - (1 - PhotoDarkestLight) * (0.6 * x / outW + 0.4 * y / outH);
            var inside = sx >= 0 && sy >= 0 && sx <= w - 1 && sy <= h - 1;
            for (var p = 0; p < planes.Length; p++)
            {
                double value = inside ? PhotoInk + (PhotoPaper - PhotoInk) * Bilinear(planes[p], w, h, sx, sy) / 255.0 : table[p];
                output[p][y * outW + x] = (byte)Math.Clamp(Math.Round(value * light), 0, 255);
            }
        }
        return output.Length == 3 ? Raster.FromRgb(output[0], output[1], output[2], outW, outH) : Raster.FromGray(output[0], outW, outH);
    }

    private static byte[][] Planes((byte[] R, byte[] G, byte[] B) rgb) => [rgb.R, rgb.G, rgb.B];

    private static double Bilinear(byte[] plane, int w, int h, double x, double y)
    {
        int x0 = (int)x, y0 = (int)y, x1 = Math.Min(w - 1, x0 + 1), y1 = Math.Min(h - 1, y0 + 1);
        double fx = x - x0, fy = y - y0;
        return (plane[y0 * w + x0] * (1 - fx) + plane[y0 * w + x1] * fx) * (1 - fy) + (plane[y1 * w + x0] * (1 - fx) + plane[y1 * w + x1] * fx) * fy;
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
