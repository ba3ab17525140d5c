using System.CommandLine;
using Pipeline.Evaluation;
using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline eval --expected DIR --out DIR`: extracts every document that has an expected record, prints the
/// figures per field and overall with the misses, and fails when a figure is under its threshold.
/// </summary>
public sealed class EvalCommand(DocumentExtractor extractor)
{
    public static Command Create(CliContext context)
    {
        var expectedOption = new Option<string>("--expected") { Description = "Folder of expected records (<stem>.json)", Required = true };
        var evalOut = new Option<string>("--out") { Description = "Folder for the extracted records", Required = true };
        var corpusOption = new Option<string?>("--corpus") { Description = "Folder holding the inputs (default: the expected folder's parent)" };
        var thresholdsOption = new Option<string?>("--thresholds") { Description = "Thresholds file (default: <expected>/thresholds.json)" };
        var missesOption = new Option<bool>("--misses") { Description = "List every miss", DefaultValueFactory = _ => true };
        var modelsOption = new Option<string?>("--models") { Description = "Folder of trained models (e.g. models): rules + models instead of rules only" };
        var ablationOption = new Option<bool>("--ablation") { Description = "Cross-validated rules vs rules + models on the text, noisy text and (with --ocr) OCR output" };
        var foldsOption = new Option<int>("--folds") { Description = "Folds for --ablation (by document group)", DefaultValueFactory = _ => 5 };
        var ocrOption = new Option<string?>("--ocr") { Description = "For --ablation: folder of OCR text, <stem>.txt per scanned document" };
        var eval = new Command("eval", "Evaluate extraction against expected records") { expectedOption, evalOut, corpusOption, thresholdsOption, missesOption, modelsOption, ablationOption, foldsOption, ocrOption };
        eval.SetAction(r => r.GetValue(ablationOption)
            ? AblationCommand.Run(r.GetValue(corpusOption) ?? Path.GetDirectoryName(Path.GetFullPath(r.GetValue(expectedOption)!).TrimEnd('/'))!, r.GetValue(foldsOption), r.GetValue(ocrOption), context.Out)
            : new EvalCommand(context.ExtractorWith(r.GetValue(modelsOption))).Run(r.GetValue(expectedOption)!, r.GetValue(evalOut)!, r.GetValue(corpusOption), r.GetValue(thresholdsOption), r.GetValue(missesOption), context.Out, context.Err));
        return eval;
    }

    public int Run(string expectedDir, string outDir, string? corpusDir, string? thresholdsPath, bool showMisses, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(expectedDir)) { stderr.WriteLine($"error: {expectedDir}: no such folder"); return ExitCodes.Usage; }
        corpusDir ??= Path.GetDirectoryName(Path.GetFullPath(expectedDir).TrimEnd(Path.DirectorySeparatorChar))!;
        thresholdsPath ??= Path.Combine(expectedDir, "thresholds.json");
        Directory.CreateDirectory(outDir);

        // corpus/ocr holds OCR text derived from scans for the ablation, named like the transcriptions it
        // mirrors; it is never an input. Any other stem found twice is an error rather than a silent pick.
        var inputs = Directory.EnumerateFiles(corpusDir, "*", SearchOption.AllDirectories)
            .Where(f => SourceReaders.KnownExtensions.Contains(Path.GetExtension(f)) && Path.GetFileName(Path.GetDirectoryName(f)) != "ocr")
            .GroupBy(Path.GetFileNameWithoutExtension!)
            .ToDictionary(g => g.Key!, g => g.ToList());

        var evaluator = new Evaluator();
        var failures = 0;
        foreach (var expectedFile in Directory.EnumerateFiles(expectedDir, "*.json").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(expectedFile);
            if (stem == "thresholds") continue;
            if (!inputs.TryGetValue(stem, out var candidates)) { stderr.WriteLine($"error: {expectedFile}: no input named {stem}.* under {corpusDir}"); failures++; continue; }
            if (candidates.Count > 1) { stderr.WriteLine($"error: {expectedFile}: {candidates.Count} inputs are named {stem}.*: {string.Join(", ", candidates)}"); failures++; continue; }
            var input = candidates[0];
            try
            {
                var expected = RecordJson.Deserialize(File.ReadAllText(expectedFile));
                var actual = extractor.Extract(SourceFile.Load(input));
                AtomicFile.Write(Path.Combine(outDir, stem + ".json"), RecordJson.Serialize(actual) + "\n");
                evaluator.Add(stem, expected, actual);
            }
            catch (Exception e)
            {
                failures++;
                stderr.WriteLine($"error: {input}: {e.Message}");
            }
        }

        EvalReport.Print(evaluator, stdout, showMisses);
        var thresholds = File.Exists(thresholdsPath) ? Thresholds.Load(thresholdsPath) : null;
        var below = thresholds?.Failures(evaluator) ?? [];
        foreach (var b in below) stdout.WriteLine($"FAIL: {b}");
        if (failures > 0) stdout.WriteLine($"FAIL: {failures} documents could not be evaluated");
        if (thresholds is null) stdout.WriteLine($"(no thresholds file at {thresholdsPath})");
        return below.Count > 0 || failures > 0 ? ExitCodes.BelowThreshold : ExitCodes.Ok;
    }
}
