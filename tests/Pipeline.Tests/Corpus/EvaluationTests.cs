using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Corpus;

/// <summary>The evaluation over every expected record in corpus/ stays at or above its thresholds.</summary>
public class EvaluationTests
{
    [Fact]
    public void Eval_over_the_corpus_meets_the_thresholds()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var outDir = Path.Combine(Path.GetTempPath(), "pipeline-eval-" + Guid.NewGuid().ToString("N"));
        // The extractor the CLI composes: the corpus holds scans and photos, read through OCR like any user's.
        using var composition = new Pipeline.Cli.Composition();
        var code = new EvalCommand(composition.Extractor).Run(Repo.Path("corpus", "expected"), outDir, null, null, true, output, errors);

        var report = output.ToString();
        Assert.Contains("documents evaluated:", report);
        Assert.True(code == 0, "eval failed:\n" + report + errors);
        foreach (var file in Directory.EnumerateFiles(outDir, "*.json"))
            SchemaCheck.AssertValid(SchemaCheck.Document, File.ReadAllText(file), file);
    }
}
