using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Imaging;

/// <summary>The image Tesseract recognises and the resolution to tell it.</summary>
/// <param name="tesseractDpi">The resolution Tesseract is told, or null to let it estimate one from the text.</param>
internal sealed class PreparedImage(PixHandle pix, int dpi, int? tesseractDpi) : IDisposable
{
    public PixHandle Pix { get; } = pix;
    public int Dpi { get; } = dpi;
    public int? TesseractDpi { get; } = tesseractDpi;

    /// <summary>The background measure when photos are looked for (<see cref="ImagePreparation.LevelPhotos"/>).</summary>
    public PhotoMeasure? Photo { get; init; }
    public int Width => Pix.Width;
    public int Height => Pix.Height;
    public void Dispose() => Pix.Dispose();
}
