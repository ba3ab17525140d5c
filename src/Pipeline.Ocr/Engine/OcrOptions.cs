using Pipeline.Ocr.Imaging;

namespace Pipeline.Ocr.Engine;

/// <summary>Settings shared by every engine of a pool.</summary>
public sealed record OcrOptions
{
    /// <summary>Tesseract language(s); Vietnamese official notices need "vie" (package tesseract-ocr-vie).</summary>
    public string Language { get; init; } = "vie";

    /// <summary>Folder holding the .traineddata files.</summary>
    public string DataPath { get; init; } = TesseractEnvironment.DefaultDataPath;

    /// <summary>Engines (and threads) working at once; one per core is what Tesseract with one OpenMP thread needs.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Tesseract page segmentation mode; 3 (fully automatic) finds the two-column header blocks.</summary>
    public int PageSegmentationMode { get; init; } = 3;

    public ImagePreparation Preparation { get; init; } = ImagePreparation.Default;

    /// <summary>Word noise filter applied before lines are assembled.</summary>
    public NoiseFilter Noise { get; init; } = NoiseFilter.Default;
}
