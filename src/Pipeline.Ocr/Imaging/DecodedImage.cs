using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Imaging;

/// <summary>A decoded page image and the resolution it was scanned at, when known.</summary>
internal sealed class DecodedImage(PixHandle pix, int? dpi) : IDisposable
{
    public PixHandle Pix { get; } = pix;

    /// <summary>Scan resolution in dots per inch; null when neither the file nor the page geometry says.</summary>
    public int? Dpi { get; } = dpi;

    public int Width => Pix.Width;
    public int Height => Pix.Height;

    /// <summary>A new image turned clockwise by <paramref name="quarterTurns"/> × 90°; this one stays owned by the caller.</summary>
    public DecodedImage Turned(int quarterTurns) => new(Pix.Turned(quarterTurns), Dpi);

    public void Dispose() => Pix.Dispose();
}
