namespace Pipeline.Ocr.Imaging;

/// <summary>How a page image is binarised before Tesseract sees it (Tesseract's own Otsu runs in every case).</summary>
public enum Binarisation
{
    /// <summary>Hand Tesseract the gray image; it binarises with global Otsu itself.</summary>
    None,
    /// <summary>Leptonica's tiled Otsu: copes with uneven lighting on phone photos and yellowed paper.</summary>
    OtsuAdaptive,
    /// <summary>Sauvola local thresholding: keeps thin strokes under stamps and faint print.</summary>
    Sauvola,
}

/// <summary>
/// The preparation applied to every page image before recognition. The defaults are the steps that
/// lowered the character error rate on the transcribed scans (see src/Pipeline.Ocr/README.md).
/// </summary>
public sealed record ImagePreparation
{
    /// <summary>Tesseract's models are trained on ~300 dpi text; below it diacritics merge ("Chủ" read "Chú").</summary>
    public int TargetDpi { get; init; } = 300;

    /// <summary>Upsample pages scanned below <see cref="TargetDpi"/>.</summary>
    public bool Resample { get; init; } = true;

    /// <summary>Straighten pages fed askew (Leptonica pixDeskew, up to about ±7°).</summary>
    public bool Deskew { get; init; } = true;

    public Binarisation Binarise { get; init; } = Binarisation.None;

    public static ImagePreparation Default { get; } = new();

    /// <summary>No preparation at all: the decoded image goes to Tesseract as it is (the baseline).</summary>
    public static ImagePreparation Raw { get; } = new() { Resample = false, Deskew = false };

    public override string ToString() =>
        $"resample={(Resample ? TargetDpi + "dpi" : "off")} deskew={(Deskew ? "on" : "off")} binarise={Binarise}";
}
