using Pipeline.Ml.Annotations;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ml;

/// <summary>
/// A temporary corpus holding a few real documents of the bundled one (inputs, annotations, expected records),
/// so that tests train in seconds and never write into the repository's corpus.
/// </summary>
internal sealed class SmallCorpus : IDisposable
{
    public SmallCorpus(params string[] stems)
    {
        Dir = Path.Combine(Path.GetTempPath(), "pipeline-ml-" + Guid.NewGuid().ToString("N"), "corpus");
        var full = new CorpusDocuments(Repo.Path("corpus"));
        foreach (var stem in stems) Add(full, stem);
    }

    public string Dir { get; }
    public CorpusDocuments Corpus => new(Dir);

    public void Add(CorpusDocuments full, string stem)
    {
        var input = full.InputPath(stem) ?? throw new ArgumentException($"no input named {stem}");
        var folder = Path.Combine(Dir, Path.GetFileName(Path.GetDirectoryName(input)!));
        Directory.CreateDirectory(folder);
        File.Copy(input, Path.Combine(folder, Path.GetFileName(input)), true);
        Directory.CreateDirectory(Path.Combine(Dir, "annotations"));
        Directory.CreateDirectory(Path.Combine(Dir, "expected"));
        var annotation = Path.Combine(full.AnnotationsDir, stem + ".tsv");
        if (File.Exists(annotation)) File.Copy(annotation, Path.Combine(Dir, "annotations", stem + ".tsv"), true);
        var expected = Path.Combine(full.ExpectedDir, stem + ".json");
        if (File.Exists(expected)) File.Copy(expected, Path.Combine(Dir, "expected", stem + ".json"), true);
    }

    /// <summary>Adds the OCR rendering of <paramref name="stem"/> (ocr/&lt;stem&gt;.txt and its labelled lines) to the copy.</summary>
    public void AddOcrRendering(CorpusDocuments full, string stem)
    {
        Directory.CreateDirectory(Path.Combine(Dir, OcrRenderings.Folder));
        Directory.CreateDirectory(Path.Combine(Dir, "annotations", OcrRenderings.Folder));
        File.Copy(Path.Combine(full.OcrDir, stem + ".txt"), Path.Combine(Dir, OcrRenderings.Folder, stem + ".txt"), true);
        File.Copy(Path.Combine(full.AnnotationsDir, OcrRenderings.Folder, stem + ".tsv"), Path.Combine(Dir, "annotations", OcrRenderings.Folder, stem + ".tsv"), true);
    }

    /// <summary>Writes catalog.tsv with the real catalog's lines of the files copied (looked up by path, one by one).</summary>
    public void WriteCatalog()
    {
        var catalog = Pipeline.Evaluation.CorpusCatalog.Load(Repo.Path("corpus", "catalog.tsv"));
        var lines = Directory.EnumerateFiles(Dir, "*", SearchOption.AllDirectories)
            .Select(f => catalog.Find(Path.GetRelativePath(Dir, f)))
            .OfType<Pipeline.Evaluation.CorpusCatalog.Entry>()
            .Select(e => string.Join('\t', e.Path, e.Split, e.Rendering, e.Level, e.Branch));
        File.WriteAllLines(Path.Combine(Dir, "catalog.tsv"), ["path\tsplit\trendering\tlevel\tbranch", .. lines]);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(Dir)!, true); } catch (IOException) { }
    }
}
