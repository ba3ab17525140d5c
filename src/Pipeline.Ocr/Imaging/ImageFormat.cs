namespace Pipeline.Ocr.Imaging;

/// <summary>Raster formats the image reader accepts, told apart by their first bytes, not their names.</summary>
public enum ImageFormat
{
    Unknown,
    Png,
    Jpeg,
    Tiff,
    Bmp,
}

public static class ImageFormats
{
    public static ImageFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return ImageFormat.Png;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ImageFormat.Jpeg;
        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8)) return ImageFormat.Tiff;
        if (bytes.StartsWith("BM"u8) && bytes.Length >= 26) return ImageFormat.Bmp;
        return ImageFormat.Unknown;
    }

    public static ImageFormat FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".png" => ImageFormat.Png,
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".tif" or ".tiff" => ImageFormat.Tiff,
        ".bmp" => ImageFormat.Bmp,
        _ => ImageFormat.Unknown,
    };

    public static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Tiff => "image/tiff",
        ImageFormat.Bmp => "image/bmp",
        _ => "application/octet-stream",
    };
}
