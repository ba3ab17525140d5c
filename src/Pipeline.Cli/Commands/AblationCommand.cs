using Pipeline.Extraction;
using System.Diagnostics;
using Pipeline.Ml.Annotations;
using Pipeline.Ml.Evaluation;
using Pipeline.Ml.Training;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline eval --ablation`: rules only vs rules + models, cross-validated by document group.</summary>
public static class AblationCommand
{
    public static int Run(string corpusDir, DocumentExtractor extractor, int folds, string? ocrDir, TextWriter stdout)
    {
        var watch = Stopwatch.StartNew();
        var corpus = new CorpusDocuments(corpusDir, extractor);
        var data = TrainingData.Load(corpus);
        var slices = Ablation.Run(corpus, data, folds, TrainingOptions.Default, ocrDir, stdout);
        stdout.WriteLine();
        stdout.WriteLine($"ablation, {folds}-fold cross-validation by document group (models never see the notice they are scored on):");
        AblationReport.Print(slices, stdout);
        if (ocrDir is null) stdout.WriteLine("(no --ocr folder: the OCR slice is left out)");
        AblationGroupReport.Print(slices, stdout);
        foreach (var slice in slices)
        {
            var rulesMisses = slice.Rules.Misses.ToHashSet();
            var modelMisses = slice.Models.Misses.ToHashSet();
            stdout.WriteLine();
            stdout.WriteLine($"{slice.Name}: misses only with models ({modelMisses.Count(m => !rulesMisses.Contains(m))}), fixed by models ({rulesMisses.Count(m => !modelMisses.Contains(m))}):");
            foreach (var m in slice.Models.Misses.Where(m => !rulesMisses.Contains(m))) stdout.WriteLine("  + " + m);
            foreach (var m in slice.Rules.Misses.Where(m => !modelMisses.Contains(m))) stdout.WriteLine("  - " + m);
        }
        stdout.WriteLine($"({watch.Elapsed.TotalSeconds:F0} s)");
        return ExitCodes.Ok;
    }
}
