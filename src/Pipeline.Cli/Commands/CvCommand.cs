using Pipeline.Extraction;
using System.Diagnostics;
using Pipeline.Ml.Annotations;
using Pipeline.Ml.Evaluation;
using Pipeline.Ml.Training;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline cv`: cross-validated per-class scores of the learned models against the rules.</summary>
public static class CvCommand
{
    public static int Run(string corpusDir, DocumentExtractor extractor, int folds, TrainingOptions options, TextWriter stdout, bool directives = false)
    {
        var watch = Stopwatch.StartNew();
        var corpus = new CorpusDocuments(corpusDir, extractor);
        if (directives) return Directives(corpus, folds, options, stdout, watch);
        var docs = AnnotationSet.Load(corpus).Select(l => l.Document).ToList();
        var r = LineRoleCrossValidation.Run(docs, folds, options, extractor.Rules);
        stdout.WriteLine($"line roles, combine thresholds {options.CombineThreshold} / {options.DefaultRoleThreshold} (defaulted lines), {r.Folds}-fold cross-validation by document group, {r.Documents} documents and {r.OcrDocuments} OCR renderings");
        stdout.WriteLine("clean text:");
        stdout.Write(RoleScores.Table([("rules", r.RulesClean), ("model", r.ModelClean), ("rules+model", r.CombinedClean)]));
        stdout.WriteLine("noisy text (seeded OCR-like noise):");
        stdout.Write(RoleScores.Table([("rules", r.RulesNoisy), ("model", r.ModelNoisy), ("rules+model", r.CombinedNoisy)]));
        if (r.OcrDocuments > 0)
        {
            stdout.WriteLine("real OCR output of the scans (corpus/ocr):");
            stdout.Write(RoleScores.Table([("rules", r.RulesOcr), ("model", r.ModelOcr), ("rules+model", r.CombinedOcr)]));
        }
        stdout.WriteLine($"({watch.Elapsed.TotalSeconds:F1} s)");
        return ExitCodes.Ok;
    }

    // `pipeline cv --directives`: held-out item-level scores of the rules and of each way of combining the directive model with them.
    private static int Directives(CorpusDocuments corpus, int folds, TrainingOptions options, TextWriter stdout, Stopwatch watch)
    {
        var (clean, ocr, documents) = DirectiveCrossValidation.Run(TrainingData.Load(corpus), folds, options, stdout);
        stdout.WriteLine($"directive items (task or target vs not), {folds}-fold cross-validation by document group, {documents} held-out documents");
        stdout.WriteLine("clean text:");
        foreach (var s in clean) stdout.WriteLine("  " + s);
        stdout.WriteLine("OCR renderings:");
        foreach (var s in ocr) stdout.WriteLine("  " + s);
        stdout.WriteLine($"({watch.Elapsed.TotalSeconds:F1} s)");
        return ExitCodes.Ok;
    }
}
