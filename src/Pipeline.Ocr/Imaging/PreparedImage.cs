using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Imaging;

/// <summary>The image Tesseract recognises and the resolution to tell it.</summary>
internal sealed class PreparedImage(PixHandle pix, int dpi) : IDisposable
{
    public PixHandle Pix { get; } = pix;
    public int Dpi { get; } = dpi;
    public int Width => Pix.Width;
    public int Height => Pix.Height;
    public void Dispose() => Pix.Dispose();
}
