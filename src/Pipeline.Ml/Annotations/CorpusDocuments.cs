using Pipeline.Extraction;
using Pipeline.Lines;
using Pipeline.Records;
using Pipeline.Sources;

namespace Pipeline.Ml.Annotations;

/// <summary>
/// Finds and reads the corpus's inputs by stem, the same way <c>pipeline eval</c> does (first file with a known
/// extension whose name without extension is the stem), and the expected records that go with them.
/// </summary>
public sealed class CorpusDocuments
{
    private readonly Dictionary<string, string> _inputs;
    private readonly DocumentExtractor _reader;
    private readonly Lazy<SourceReaders> _textReaders;

    /// <summary>The corpus under <paramref name="corpusDir"/>, read and classified by <paramref name="pipeline"/> (default: rules only, typed readers).</summary>
    public CorpusDocuments(string corpusDir, DocumentExtractor? pipeline = null)
    {
        _reader = pipeline ?? DocumentExtractor.CreateDefault();
        // The typed readers with the corpus's vocabulary: what TryPrepare reads a training input with.
        _textReaders = new(() => new ExtractionPipelineBuilder().UseVocabulary(_reader.Vocab).UseTypedReaders().Build().Readers);
        CorpusDir = corpusDir;
        _inputs = Directory.EnumerateFiles(corpusDir, "*", SearchOption.AllDirectories)
            .Where(f => SourceReaders.KnownExtensions.Contains(Path.GetExtension(f)))
            // Annotation files are not inputs; inputs a clerk's correction brought in (annotations/inputs/) are.
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "annotations" + Path.DirectorySeparatorChar)
                        || f.Contains(Path.DirectorySeparatorChar + "annotations" + Path.DirectorySeparatorChar + "inputs" + Path.DirectorySeparatorChar))
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            // The frozen test split (corpus/test/) is never trained on, nor bootstrapped into annotations.
            .Where(f => !IsTestSplit(corpusDir, f))
            // OCR renderings (ocr/<stem>.txt) share their clean twin's stem; they are not its input (OcrRenderings).
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != OcrRenderings.Folder)
            .Order(StringComparer.Ordinal)
            .GroupBy(f => Path.GetFileNameWithoutExtension(f)!)
            .ToDictionary(g => g.Key, g => g.First());
    }

    public string CorpusDir { get; }

    /// <summary>The extractor the corpus is read with; its vocabulary and rules build the training examples.</summary>
    public DocumentExtractor Extractor => _reader;

    /// <summary>True for a file under the corpus's frozen test split (&lt;corpus&gt;/test/).</summary>
    public static bool IsTestSplit(string corpusDir, string file) =>
        Path.GetFullPath(file).StartsWith(Path.Combine(Path.GetFullPath(corpusDir), "test") + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    public string AnnotationsDir => Path.Combine(CorpusDir, "annotations");
    public string ExpectedDir => Path.Combine(CorpusDir, "expected");
    public string OcrDir => Path.Combine(CorpusDir, OcrRenderings.Folder);

    /// <summary>Every readable input, by stem, in ordinal order.</summary>
    public IEnumerable<(string Stem, string Path)> Inputs => _inputs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));

    public string? InputPath(string stem) => _inputs.GetValueOrDefault(stem);

    public SourceDocument ReadSource(string path) => _reader.Readers.Read(SourceFile.Load(path));

    public PreparedDocument Prepare(string path) => LinePreparer.Prepare(ReadSource(path));


    /// <summary>
    /// The prepared document, or null when these text readers get no text from it: a scan or photo needs OCR,
    /// which training does not run; its OCR rendering (<see cref="OcrRenderings"/>) is what it is trained on.
    /// </summary>
    public PreparedDocument? TryPrepare(string path)
    {
        try
        {
            // The typed readers alone, whatever readers the corpus's extractor has: a command's extractor OCRs scans, and
            // training would then learn a scan twice (here and through its rendering) from OCR output no hash covers.
            var prepared = LinePreparer.Prepare(_textReaders.Value.Read(SourceFile.Load(path)));
            return prepared.Lines.Any(l => !string.IsNullOrWhiteSpace(l.Text)) ? prepared : null;
        }
        catch (SourceException)
        {
            return null;
        }
    }

    /// <summary>The expected record of a stem, from expected/ or from a clerk's correction in annotations/records/.</summary>
    public DocumentRecord? Expected(string stem)
    {
        foreach (var dir in new[] { Path.Combine(AnnotationsDir, "records"), ExpectedDir })
        {
            var file = Path.Combine(dir, stem + ".json");
            if (File.Exists(file)) return RecordJson.Deserialize(File.ReadAllText(file));
        }
        return null;
    }

    /// <summary>The file <see cref="Expected"/> reads for a stem.</summary>
    public string? ExpectedPath(string stem) =>
        new[] { Path.Combine(AnnotationsDir, "records", stem + ".json"), Path.Combine(ExpectedDir, stem + ".json") }.FirstOrDefault(File.Exists);

    /// <summary>Stems that have an expected (or corrected) record.</summary>
    public IEnumerable<string> StemsWithRecords() =>
        new[] { Path.Combine(AnnotationsDir, "records"), ExpectedDir }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.json"))
            .Select(Path.GetFileNameWithoutExtension)
            .Where(s => s != "thresholds" && _inputs.ContainsKey(s!))
            .Select(s => s!)
            .Distinct()
            .Order(StringComparer.Ordinal);
}
