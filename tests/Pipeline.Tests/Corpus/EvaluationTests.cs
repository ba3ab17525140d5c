using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Corpus;

/// <summary>
/// The evaluation over every expected record in corpus/ stays at or above its thresholds: the default extraction
/// (rules with the shipped task models) against corpus/thresholds.json, and the rules alone (`--rules-only`, and what
/// the models are combined with) against corpus/thresholds-rules.json.
/// </summary>
public class EvaluationTests
{
    [Fact]
    public void The_default_extraction_meets_the_thresholds()
    {
        // The extractor the CLI composes: the corpus holds scans and photos, read through OCR like any user's.
        using var composition = new Pipeline.Cli.Composition();
        var extractor = LearnedExtractor.Choose(ModelChoice.Default, composition.Extractor, TextWriter.Null);
        Assert.NotNull(extractor.Models);
        Evaluate(extractor); // corpus/thresholds.json
    }

    [Fact]
    public void The_rules_alone_meet_their_thresholds()
    {
        using var composition = new Pipeline.Cli.Composition();
        Evaluate(composition.Extractor); // corpus/thresholds-rules.json, which eval picks for the rules alone
    }

    private static void Evaluate(DocumentExtractor extractor)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var outDir = Path.Combine(Path.GetTempPath(), "pipeline-eval-" + Guid.NewGuid().ToString("N"));
        var code = new EvalCommand(extractor).Run(Repo.Path("corpus", "expected"), outDir, null, null, true, output, errors);

        var report = output.ToString();
        Assert.Contains("documents evaluated:", report);
        Assert.True(code == 0, "eval failed:\n" + report + errors);
        foreach (var file in Directory.EnumerateFiles(outDir, "*.json"))
            SchemaCheck.AssertValid(SchemaCheck.Document, File.ReadAllText(file), file);
    }
}
