using Pipeline.Extraction;
using Pipeline.Ml.Annotations;
using Pipeline.Roles;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline annotate --bootstrap`: writes corpus/annotations/&lt;stem&gt;.tsv from the rules for every input that
/// has none yet (existing files, which may hold corrections, are never overwritten).
/// `pipeline annotate --from-record corrected.json --input doc`: learns from a clerk's corrected record.
/// </summary>
public static class AnnotateCommand
{
    public static int Bootstrap(string corpusDir, DocumentExtractor extractor, TextWriter stdout, TextWriter stderr)
    {
        var corpus = new CorpusDocuments(corpusDir, extractor);
        Directory.CreateDirectory(corpus.AnnotationsDir);
        var rules = extractor.Rules;
        var written = 0;
        foreach (var (stem, path) in corpus.Inputs)
        {
            var target = Path.Combine(corpus.AnnotationsDir, stem + ".tsv");
            if (File.Exists(target)) continue;
            try
            {
                AnnotationBootstrap.Create(corpus, path, rules).Write(target);
                written++;
            }
            catch (Exception e)
            {
                stderr.WriteLine($"skipped: {path}: {e.Message}");
            }
        }
        stdout.WriteLine($"{written} annotation files written to {corpus.AnnotationsDir}");
        return ExitCodes.Ok;
    }

    public static int FromRecord(string corpusDir, DocumentExtractor extractor, string recordPath, string inputPath, TextWriter stdout, TextWriter stderr)
    {
        foreach (var path in new[] { recordPath, inputPath })
            if (!File.Exists(path)) { stderr.WriteLine($"error: {path}: no such file"); return ExitCodes.Usage; }
        var written = CorrectionAnnotator.Apply(new CorpusDocuments(corpusDir, extractor), recordPath, inputPath, extractor.Rules);
        stdout.WriteLine($"{written.Stem}: record kept as {written.RecordPath}; {written.AnnotationPath} written ({written.RolesChanged} line roles set from the record). Run `pipeline train` to learn from it.");
        return ExitCodes.Ok;
    }
}
