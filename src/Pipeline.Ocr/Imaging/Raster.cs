using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Imaging;

/// <summary>
/// Leptonica images copied to and from managed arrays, for the few pixel loops Leptonica has no call for. Leptonica packs
/// pixels from the high end of each 32-bit word: on a little-endian machine byte <c>x</c> of an 8 bpp row sits at
/// <c>x ^ 3</c>, and a 32 bpp pixel is the word <c>R &lt;&lt; 24 | G &lt;&lt; 16 | B &lt;&lt; 8</c>.
/// </summary>
internal static unsafe class Raster
{
    /// <summary>The pixels of an 8 bpp image (no colour map), row by row.</summary>
    public static byte[] Gray(PixHandle pix)
    {
        if (pix.Depth != 8) throw new ArgumentException("an 8 bpp image is expected", nameof(pix));
        int width = pix.Width, height = pix.Height, wpl = Leptonica.PixGetWpl(pix);
        var data = (byte*)Leptonica.PixGetData(pix);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = data + (long)y * wpl * 4;
            for (var x = 0; x < width; x++) pixels[y * width + x] = row[ByteIndex(x)];
        }
        return pixels;
    }

    /// <summary>A new 8 bpp image holding <paramref name="pixels"/> (row by row, <paramref name="width"/> wide).</summary>
    public static PixHandle FromGray(byte[] pixels, int width, int height)
    {
        var pix = PixHandle.Take(Leptonica.PixCreate(width, height, 8)) ?? throw new InvalidOperationException("pixCreate failed");
        var wpl = Leptonica.PixGetWpl(pix);
        var data = (byte*)Leptonica.PixGetData(pix);
        for (var y = 0; y < height; y++)
        {
            var row = data + (long)y * wpl * 4;
            for (var x = 0; x < width; x++) row[ByteIndex(x)] = pixels[y * width + x];
        }
        return pix;
    }

    /// <summary>The pixels of a 32 bpp image as (R, G, B) planes, row by row.</summary>
    public static (byte[] R, byte[] G, byte[] B) Rgb(PixHandle pix)
    {
        if (pix.Depth != 32) throw new ArgumentException("a 32 bpp image is expected", nameof(pix));
        int width = pix.Width, height = pix.Height, wpl = Leptonica.PixGetWpl(pix);
        var data = Leptonica.PixGetData(pix);
        byte[] r = new byte[width * height], g = new byte[width * height], b = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = data + (long)y * wpl;
            for (var x = 0; x < width; x++)
            {
                var word = row[x];
                var i = y * width + x;
                r[i] = (byte)(word >> 24);
                g[i] = (byte)(word >> 16);
                b[i] = (byte)(word >> 8);
            }
        }
        return (r, g, b);
    }

    /// <summary>A new 32 bpp image from (R, G, B) planes.</summary>
    public static PixHandle FromRgb(byte[] r, byte[] g, byte[] b, int width, int height)
    {
        var pix = PixHandle.Take(Leptonica.PixCreate(width, height, 32)) ?? throw new InvalidOperationException("pixCreate failed");
        var wpl = Leptonica.PixGetWpl(pix);
        var data = Leptonica.PixGetData(pix);
        for (var y = 0; y < height; y++)
        {
            var row = data + (long)y * wpl;
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                row[x] = ((uint)r[i] << 24) | ((uint)g[i] << 16) | ((uint)b[i] << 8);
            }
        }
        return pix;
    }

    private static int ByteIndex(int x) => BitConverter.IsLittleEndian ? x ^ 3 : x;
}
