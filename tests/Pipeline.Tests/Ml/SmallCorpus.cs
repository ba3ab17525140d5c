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

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(Dir)!, true); } catch (IOException) { }
    }
}
