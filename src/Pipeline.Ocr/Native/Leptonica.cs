using System.Runtime.InteropServices;

namespace Pipeline.Ocr.Native;

/// <summary>The few Leptonica (liblept.so.5) calls used to decode and prepare page images.</summary>
internal static unsafe partial class Leptonica
{
    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixReadMem")]
    public static partial IntPtr PixReadMem(byte* data, nuint size);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixReadHeaderMem")]
    public static partial int PixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height,
        out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixReadMemTiff")]
    public static partial IntPtr PixReadMemTiff(byte* data, nuint size, int index);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixDestroy")]
    public static partial void PixDestroy(ref IntPtr pix);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixGetWidth")]
    public static partial int PixGetWidth(PixHandle pix);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixGetHeight")]
    public static partial int PixGetHeight(PixHandle pix);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixGetDepth")]
    public static partial int PixGetDepth(PixHandle pix);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixGetXRes")]
    public static partial int PixGetXRes(PixHandle pix);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixSetResolution")]
    public static partial int PixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixScale")]
    public static partial IntPtr PixScale(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixConvertTo8")]
    public static partial IntPtr PixConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixConvertRGBToGray")]
    public static partial IntPtr PixConvertRgbToGray(PixHandle pix, float redWeight, float greenWeight, float blueWeight);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixInvert")]
    public static partial IntPtr PixInvert(IntPtr destination, PixHandle source);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixCountPixels")]
    public static partial int PixCountPixels(PixHandle pix, out int count, IntPtr table8);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixDeskew")]
    public static partial IntPtr PixDeskew(PixHandle pix, int reductionSearch);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixOtsuAdaptiveThreshold")]
    public static partial int PixOtsuAdaptiveThreshold(PixHandle pix, int tileWidth, int tileHeight, int smoothX, int smoothY,
        float scoreFraction, IntPtr thresholdsOut, out IntPtr binary);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixSauvolaBinarizeTiled")]
    public static partial int PixSauvolaBinarizeTiled(PixHandle pix, int windowHalfSize, float factor, int tilesX, int tilesY,
        IntPtr thresholdsOut, out IntPtr binary);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixWriteMemPng")]
    public static partial int PixWriteMemPng(out IntPtr data, out nuint size, PixHandle pix, float gamma);

    /// <summary>Encodes <paramref name="pix"/> in <paramref name="format"/> (Leptonica's IFF_* numbers, <see cref="ImageFileFormat"/>).</summary>
    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixWriteMem")]
    public static partial int PixWriteMem(out IntPtr data, out nuint size, PixHandle pix, int format);

    /// <summary>Encodes <paramref name="pix"/> (8 or 32 bpp, no colour map) as baseline JPEG at <paramref name="quality"/> (1..100).</summary>
    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixWriteMemJpeg")]
    public static partial int PixWriteMemJpeg(out IntPtr data, out nuint size, PixHandle pix, int quality, int progressive);

    /// <summary>Box blur over a (2wc+1) × (2hc+1) window.</summary>
    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixBlockconv")]
    public static partial IntPtr PixBlockconv(PixHandle pix, int wc, int hc);

    /// <summary>An empty (zeroed) image of <paramref name="depth"/> bits per pixel.</summary>
    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixCreate")]
    public static partial IntPtr PixCreate(int width, int height, int depth);

    /// <summary>The image's raster: rows of <see cref="PixGetWpl"/> 32-bit words, pixels packed from the word's high end.</summary>
    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixGetData")]
    public static partial uint* PixGetData(PixHandle pix);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixGetWpl")]
    public static partial int PixGetWpl(PixHandle pix);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "lept_free")]
    public static partial void LeptFree(IntPtr pointer);

    /// <summary>The bytes a pixWriteMem* call encoded, copied into managed memory; Leptonica's buffer is freed.</summary>
    public static byte[] TakeEncoded(IntPtr data, nuint size)
    {
        try
        {
            var bytes = new byte[(int)size];
            System.Runtime.InteropServices.Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptFree(data);
        }
    }

    /// <summary>Rotates by <paramref name="quads"/> quarter turns clockwise (0..3).</summary>
    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixRotateOrth")]
    public static partial IntPtr PixRotateOrth(PixHandle pix, int quads);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "boxCreate")]
    public static partial IntPtr BoxCreate(int x, int y, int width, int height);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "boxDestroy")]
    public static partial void BoxDestroy(ref IntPtr box);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixClipRectangle")]
    public static partial IntPtr PixClipRectangle(PixHandle pix, IntPtr box, IntPtr boxClipped);

    /// <summary>The same border of <paramref name="pixels"/> on every side, filled with <paramref name="value"/> (255 is white on 8 bpp).</summary>
    [LibraryImport(NativeNames.Leptonica, EntryPoint = "pixAddBorder")]
    public static partial IntPtr PixAddBorder(PixHandle pix, int pixels, uint value);

    [LibraryImport(NativeNames.Leptonica, EntryPoint = "setMsgSeverity")]
    public static partial int SetMsgSeverity(int severity);

    /// <summary>L_SEVERITY_NONE: failures surface as our exceptions, not as stderr chatter.</summary>
    public const int SeverityNone = 6;
}

/// <summary>Leptonica's IFF_* file format numbers (imageio.h) used by <see cref="Leptonica.PixWriteMem"/>.</summary>
internal enum ImageFileFormat
{
    Bmp = 1,
    Jpeg = 2,
    Png = 3,
    Tiff = 4,
    Gif = 13,
    Jp2 = 14,
    WebP = 15,
}
