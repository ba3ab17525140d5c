using Pipeline.Ocr.Imaging;

namespace Pipeline.Ocr.Engine;

/// <summary>Settings shared by every engine of a pool.</summary>
public sealed record OcrOptions
{
    /// <summary>
    /// Tesseract language(s): tessdata_best_int "vie" with Debian's "Vietnamese" script model (models/tessdata),
    /// which read the transcribed scans better than Debian's fast "vie" alone (README "Models").
    /// </summary>
    public string Language { get; init; } = OcrModels.DefaultLanguage;

    /// <summary>tesseract::OcrEngineMode; 1 = LSTM only.</summary>
    public int EngineMode { get; init; } = OcrModels.LstmOnly;

    /// <summary>Folder holding the .traineddata files.</summary>
    public string DataPath { get; init; } = TesseractEnvironment.DefaultDataPath;

    /// <summary>Engines (and threads) working at once; one per core is what Tesseract with one OpenMP thread needs.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Tesseract page segmentation mode; 3 (fully automatic) finds the two-column header blocks.</summary>
    public int PageSegmentationMode { get; init; } = 3;

    public ImagePreparation Preparation { get; init; } = ImagePreparation.Default;

    /// <summary>Turn a page read sideways or upside down upright before reading it (Engine/PageOrientation).</summary>
    public bool DetectOrientation { get; init; } = true;

    /// <summary>Read a page whose text is small (a low-resolution photo) again scaled by its text height (Engine/TextSize).</summary>
    public bool ScaleSmallText { get; init; } = true;

    /// <summary>Word noise filter applied before lines are assembled.</summary>
    public NoiseFilter Noise { get; init; } = NoiseFilter.Default;

    /// <summary>Read the page in the order of the administrative layout (Layout/AdministrativeLayout); false: Core's generic two-column order.</summary>
    public bool AdministrativeOrder { get; init; } = true;

    /// <summary>Straight quotes, hyphens for spaced dashes, whole number symbols (Language/Typography).</summary>
    public bool Typography { get; init; } = true;

    /// <summary>Corrects the recognised running text (the syllable language model), or null to keep Tesseract's words.</summary>
    public ILineCorrector? Corrector { get; init; } = Pipeline.Ocr.Language.ShippedSyllableModel.Instance;
}
