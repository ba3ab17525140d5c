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
    /// <summary>Resolution low-resolution pages are upsampled to (Tesseract's models are trained on ~300 dpi text).</summary>
    public int TargetDpi { get; init; } = 300;

    /// <summary>
    /// Pages scanned below this are upsampled to <see cref="TargetDpi"/>. Measured on the 200 dpi scans,
    /// upsampling them raised the mean CER (13.17% → 13.99%) and garbled the number line of the CCITT scan
    /// NQ-19/2026, so 200 dpi pages are left alone; only poorer scans (fax, 150 dpi phone PDFs) are scaled.
    /// </summary>
    public int ResampleBelowDpi { get; init; } = 200;

    /// <summary>
    /// Upsample pages scanned below <see cref="ResampleBelowDpi"/>. Off: with the vie+Vietnamese models and
    /// Tesseract's own resolution estimate, the original pixels read best (README "Models").
    /// </summary>
    public bool Resample { get; init; }

    /// <summary>
    /// Pages whose file states a resolution below this (a PDF image placed over the page at 86 ppi, a TIFF's tag) are
    /// upsampled to <see cref="TargetDpi"/> whatever <see cref="Resample"/> says. At such resolutions body text is
    /// 6–8 px high: Tesseract's layout pass loses small words beside a seal ("PHÓ" of "PHÓ CỤC TRƯỞNG", CV-813 at 86 ppi)
    /// and misreads the "Nơi nhận" label, which the 300 dpi reading of the same pixels keeps (README "Measurements").
    /// Only a stated resolution counts: the one estimated from an image's proportions is wrong for a crop or a
    /// screenshot of part of a page (800 × 500 px taken for 64 dpi), where upsampling measured no better.
    /// </summary>
    public int UpsampleStatedBelowDpi { get; init; } = 150;

    /// <summary>
    /// Pages below this resolution are handed to Tesseract without one, so it estimates the resolution from the
    /// text's x-height; at or above it the page's resolution is passed on.
    /// </summary>
    public int EstimateResolutionBelowDpi { get; init; } = 250;

    /// <summary>Straighten pages fed askew (Leptonica pixDeskew, up to about ±7°).</summary>
    public bool Deskew { get; init; } = true;

    public Binarisation Binarise { get; init; } = Binarisation.None;

    /// <summary>
    /// Level a page told to be a phone photo (<see cref="PhotoPage"/>: uneven light, a table around the sheet): divide it by
    /// its background so the paper is white everywhere, and whiten what lies outside the sheet. No dev scan, screenshot or
    /// forwarded image is told to be a photo, so they are read as before; `pipeline bench-degraded --photo --width 600`
    /// measured the photographed copies (src/Pipeline.Ocr/README.md, "Photographed pages").
    /// </summary>
    public bool LevelPhotos { get; init; } = true;

    /// <summary>
    /// Binarisation for a page told to be a photo (<see cref="LevelPhotos"/>), instead of <see cref="Binarise"/>. None: Sauvola
    /// after levelling lost more fields on the photographed dev pages than it gained (README, "Photographed pages").
    /// </summary>
    public Binarisation BinarisePhotos { get; init; } = Binarisation.None;

    /// <summary>
    /// Colour scans become gray from the red channel alone: the red seal (con dấu) and red signatures turn
    /// nearly white while black print stays black, so the signer's name under the seal can be read.
    /// Off by default: the transcribed scans are gray, so no measurement supports it yet.
    /// </summary>
    public bool DropRedInk { get; init; }

    public static ImagePreparation Default { get; } = new();

    /// <summary>No preparation at all: the decoded image goes to Tesseract as it is (the baseline).</summary>
    public static ImagePreparation Raw { get; } = new() { Resample = false, UpsampleStatedBelowDpi = 0, Deskew = false, DropRedInk = false };

    /// <summary>Forces every page below 300 dpi up to 300 dpi (the variant measured as "+300dpi").</summary>
    public ImagePreparation WithForcedResample() => this with { Resample = true, ResampleBelowDpi = TargetDpi - 10 };

    public override string ToString() =>
        $"red-ink={(DropRedInk ? "dropped" : "kept")} resample={(Resample ? $"<{ResampleBelowDpi}dpi→{TargetDpi}dpi" : "off")} stated<{UpsampleStatedBelowDpi}dpi→{TargetDpi}dpi deskew={(Deskew ? "on" : "off")} binarise={Binarise}" +
        (LevelPhotos ? $" photos=levelled, binarise={BinarisePhotos}" : "");
}
