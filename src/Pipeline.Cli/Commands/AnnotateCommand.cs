using Pipeline.Ml.Annotations;
using Pipeline.Roles;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline annotate --bootstrap`: writes corpus/annotations/&lt;stem&gt;.tsv from the rules for every input that
/// has none yet (existing files, which may hold corrections, are never overwritten).
/// </summary>
public static class AnnotateCommand
{
    public static int Bootstrap(string corpusDir, TextWriter stdout, TextWriter stderr)
    {
        var corpus = new CorpusDocuments(corpusDir);
        Directory.CreateDirectory(corpus.AnnotationsDir);
        var rules = new RuleLineRoleClassifier();
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
}
