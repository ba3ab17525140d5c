namespace Pipeline.Ml.Annotations;

/// <summary>
/// Real OCR output of scanned corpus documents: <c>corpus/ocr/&lt;stem&gt;.txt</c> is our OCR of the scan whose clean
/// transcription is the input <c>&lt;stem&gt;</c>, and <c>corpus/annotations/ocr/&lt;stem&gt;.tsv</c> labels its lines.
/// Such a rendering is a document of its own for training and scoring, stem <c>ocr/&lt;stem&gt;</c>, with the clean
/// twin's expected record; cross-validation keeps it in its twin's fold, so no notice is trained on in one
/// rendering and scored in the other.
/// </summary>
public static class OcrRenderings
{
    public const string Folder = "ocr";
    private const string Prefix = Folder + "/";

    public static string StemOf(string cleanStem) => Prefix + cleanStem;

    public static bool IsRendering(string stem) => stem.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The clean twin's stem of a rendering (<c>ocr/X</c> → <c>X</c>); other stems unchanged.</summary>
    public static string CleanStem(string stem) => IsRendering(stem) ? stem[Prefix.Length..] : stem;
}
