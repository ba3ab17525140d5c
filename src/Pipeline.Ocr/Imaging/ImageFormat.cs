namespace Pipeline.Ocr.Imaging;

/// <summary>Raster formats the image reader accepts, told apart by their first bytes, not their names.</summary>
public enum ImageFormat
{
    Unknown,
    Png,
    Jpeg,
    Tiff,
    Bmp,
    /// <summary>WebP: what phones and messaging apps (Zalo, Facebook) save a shared photo of a notice as.</summary>
    WebP,
    Gif,
    /// <summary>JPEG 2000 (JP2 file or bare codestream): some archive scanners' output.</summary>
    Jpeg2000,
}

public static class ImageFormats
{
    public static ImageFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return ImageFormat.Png;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ImageFormat.Jpeg;
        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8)) return ImageFormat.Tiff;
        if (bytes.StartsWith("BM"u8) && bytes.Length >= 26) return ImageFormat.Bmp;
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return ImageFormat.WebP;
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) return ImageFormat.Gif;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0, 0x0C, (byte)'j', (byte)'P', 0x20, 0x20]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0x4F, 0xFF, 0x51]))
            return ImageFormat.Jpeg2000;
        return ImageFormat.Unknown;
    }

    public static ImageFormat FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".png" => ImageFormat.Png,
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".tif" or ".tiff" => ImageFormat.Tiff,
        ".bmp" => ImageFormat.Bmp,
        ".webp" => ImageFormat.WebP,
        ".gif" => ImageFormat.Gif,
        ".jp2" or ".j2k" => ImageFormat.Jpeg2000,
        _ => ImageFormat.Unknown,
    };

    public static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Tiff => "image/tiff",
        ImageFormat.Bmp => "image/bmp",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Gif => "image/gif",
        ImageFormat.Jpeg2000 => "image/jp2",
        _ => "application/octet-stream",
    };
}
