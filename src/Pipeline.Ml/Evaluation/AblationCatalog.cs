using Pipeline.Evaluation;
using Pipeline.Ml.Annotations;

namespace Pipeline.Ml.Evaluation;

/// <summary>
/// The rendering class and level of a file the ablation scores, from corpus/catalog.tsv as <c>eval</c> reads it, so
/// the held-out figures group the way the development and test figures do. Only the files the ablation reads are
/// looked up (never a line of the frozen test split). An OCR rendering (ocr/&lt;stem&gt;.txt) has its own class when the
/// catalog lists it ("ocr-text", the OCR of a transcribed scan); otherwise it takes its input's ("scan" for a scan
/// with no transcription).
/// </summary>
public sealed class AblationCatalog(CorpusDocuments corpus)
{
    public const string NotInCatalog = "(not in catalog)";

    private readonly CorpusCatalog _catalog = CorpusCatalog.Load(Path.Combine(corpus.CorpusDir, "catalog.tsv"));

    /// <summary>The entry of <paramref name="file"/>, else of <paramref name="fallback"/> (the input an OCR rendering renders).</summary>
    public CorpusCatalog.Entry? Find(string file, string? fallback = null) =>
        Lookup(file) ?? (fallback is null ? null : Lookup(fallback));

    private CorpusCatalog.Entry? Lookup(string file) =>
        _catalog.Find(Path.GetRelativePath(Path.GetFullPath(corpus.CorpusDir), Path.GetFullPath(file)));
}
