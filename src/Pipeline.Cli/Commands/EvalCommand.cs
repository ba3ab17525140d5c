using System.CommandLine;
using Pipeline.Evaluation;
using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline eval --expected DIR --out DIR [--corpus DIR]`: extracts every document that has an expected record and
/// scores it, separately for the development set (the expected folder, inputs anywhere under the corpus except
/// <c>test/</c>) and the frozen test split (<c>&lt;corpus&gt;/test/expected</c> against <c>&lt;corpus&gt;/test</c>, when it
/// exists), each also per rendering and per level from <c>&lt;corpus&gt;/catalog.tsv</c>. Misses are listed for the
/// development set only: the test split is never tuned on. Fails when a figure of either is under its threshold.
/// </summary>
public sealed class EvalCommand(DocumentExtractor extractor)
{
    public static Command Create(CliContext context)
    {
        var expectedOption = new Option<string>("--expected") { Description = "Folder of expected records (<stem>.json)", Required = true };
        var evalOut = new Option<string>("--out") { Description = "Folder for the extracted records", Required = true };
        var corpusOption = new Option<string?>("--corpus") { Description = "Folder holding the inputs (default: the expected folder's parent)" };
        var thresholdsOption = new Option<string?>("--thresholds") { Description = "Thresholds file, per measure for dev and test (default: <corpus>/thresholds.json, else <expected>/thresholds.json; with --rules-only thresholds-rules.json first)" };
        var testExpectedOption = new Option<string?>("--test-expected") { Description = "Expected records of the frozen test split (default: <corpus>/test/expected)" };
        var missesOption = new Option<bool>("--misses") { Description = "List every miss", DefaultValueFactory = _ => true };
        var models = new ModelOptions([]);
        var ablationOption = new Option<bool>("--ablation") { Description = "Cross-validated rules vs rules + models on the text, noisy text and (with --ocr) OCR output" };
        var foldsOption = new Option<int>("--folds") { Description = "Folds for --ablation (by document group)", DefaultValueFactory = _ => 5 };
        LimitOptions.AtLeast(foldsOption, 2, "--folds must be at least 2 (a fold is held out while the others train)");
        var ocrOption = new Option<string?>("--ocr") { Description = "For --ablation: folder of OCR text, <stem>.txt per scanned document" };
        var eval = new Command("eval", "Evaluate extraction against expected records: development set and frozen test split") { expectedOption, evalOut, corpusOption, thresholdsOption, testExpectedOption, missesOption, ablationOption, foldsOption, ocrOption };
        models.AddTo(eval);
        eval.SetAction(r => r.GetValue(ablationOption)
            ? AblationCommand.Run(r.GetValue(corpusOption) ?? Path.GetDirectoryName(Path.GetFullPath(r.GetValue(expectedOption)!).TrimEnd('/'))!, context.Extractor, r.GetValue(foldsOption), r.GetValue(ocrOption), context.Out)
            : new EvalCommand(context.ExtractorWith(models.Read(r))).Run(r.GetValue(expectedOption)!, r.GetValue(evalOut)!, r.GetValue(corpusOption), r.GetValue(thresholdsOption), r.GetValue(missesOption), context.Out, context.Err, r.GetValue(testExpectedOption)));
        return eval;
    }

    public const string TestFolder = "test";

    public int Run(string expectedDir, string outDir, string? corpusDir, string? thresholdsPath, bool showMisses, TextWriter stdout, TextWriter stderr, string? testExpectedDir = null)
    {
        if (!Directory.Exists(expectedDir)) { stderr.WriteLine($"error: {expectedDir}: no such folder"); return ExitCodes.Usage; }
        corpusDir ??= Path.GetDirectoryName(Path.GetFullPath(expectedDir).TrimEnd(Path.DirectorySeparatorChar))!;
        // The rules alone are held to their own figures (thresholds-rules.json), an extraction with models to thresholds.json.
        string[] names = extractor.Models is null ? ["thresholds-rules.json", "thresholds.json"] : ["thresholds.json"];
        thresholdsPath ??= names.SelectMany(n => new[] { Path.Combine(corpusDir, n), Path.Combine(expectedDir, n) }).FirstOrDefault(File.Exists);
        var thresholds = thresholdsPath is not null && File.Exists(thresholdsPath) ? Thresholds.Load(thresholdsPath) : null;
        var catalog = CorpusCatalog.Load(Path.Combine(corpusDir, "catalog.tsv"));
        Directory.CreateDirectory(outDir);

        var testCorpus = Path.Combine(corpusDir, TestFolder);
        var testExpected = testExpectedDir ?? Path.Combine(testCorpus, "expected");
        var sameFolder = Path.GetFullPath(expectedDir).TrimEnd('/') == Path.GetFullPath(testExpected).TrimEnd('/');

        var below = new List<string>();
        var failures = 0;
        var dev = Evaluate("development set", expectedDir, corpusDir, excluded: sameFolder ? null : testCorpus, outDir, catalog, stderr, ref failures);
        EvalReport.Print(dev.All, stdout, showMisses);
        EvalReport.PrintGroups(dev.ByRendering, "rendering", stdout);
        EvalReport.PrintGroups(dev.ByLevel, "level", stdout);
        if (thresholds is not null) below.AddRange(thresholds.Failures(dev.All, sameFolder ? "test" : "dev"));

        if (!sameFolder && Directory.Exists(testExpected) && Directory.EnumerateFiles(testExpected, "*.json").Any())
        {
            stdout.WriteLine();
            stdout.WriteLine("== frozen test split (corpus/test; never tuned on: misses are not listed) ==");
            var test = Evaluate("test split", testExpected, testCorpus, excluded: null, Path.Combine(outDir, TestFolder), catalog, stderr, ref failures, catalogPrefix: TestFolder + "/");
            EvalReport.Print(test.All, stdout, showMisses: false);
            EvalReport.PrintGroups(test.ByRendering, "rendering", stdout);
            EvalReport.PrintGroups(test.ByLevel, "level", stdout);
            if (thresholds is not null) below.AddRange(thresholds.Failures(test.All, "test"));
        }

        foreach (var b in below) stdout.WriteLine($"FAIL: {b}");
        if (failures > 0) stdout.WriteLine($"FAIL: {failures} documents could not be evaluated");
        if (thresholds is null) stdout.WriteLine("(no thresholds file: <corpus>/thresholds.json or <expected>/thresholds.json)");
        return below.Count > 0 || failures > 0 ? ExitCodes.BelowThreshold : ExitCodes.Ok;
    }

    private sealed record Split(Evaluator All, SortedDictionary<string, Evaluator> ByRendering, SortedDictionary<string, Evaluator> ByLevel);

    private Split Evaluate(string label, string expectedDir, string corpusDir, string? excluded, string outDir, CorpusCatalog catalog,
        TextWriter stderr, ref int failures, string catalogPrefix = "")
    {
        Directory.CreateDirectory(outDir);
        var root = Path.GetFullPath(corpusDir);
        // corpus/ocr holds OCR text derived from scans for the ablation, named like the transcriptions it
        // mirrors; it is never an input. Any other stem found twice is an error rather than a silent pick.
        var inputs = Directory.EnumerateFiles(corpusDir, "*", SearchOption.AllDirectories)
            .Where(f => SourceReaders.KnownExtensions.Contains(Path.GetExtension(f)) && Path.GetFileName(Path.GetDirectoryName(f)) != "ocr")
            .Where(f => excluded is null || !Path.GetFullPath(f).StartsWith(Path.GetFullPath(excluded) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .GroupBy(Path.GetFileNameWithoutExtension!)
            .ToDictionary(g => g.Key!, g => g.ToList());

        var split = new Split(new Evaluator(), new SortedDictionary<string, Evaluator>(), new SortedDictionary<string, Evaluator>());
        foreach (var expectedFile in Directory.EnumerateFiles(expectedDir, "*.json").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(expectedFile);
            if (stem == "thresholds") continue;
            if (!inputs.TryGetValue(stem, out var candidates)) { stderr.WriteLine($"error: {expectedFile}: no input named {stem}.* under {corpusDir} ({label})"); failures++; continue; }
            if (candidates.Count > 1) { stderr.WriteLine($"error: {expectedFile}: {candidates.Count} inputs are named {stem}.*: {string.Join(", ", candidates)}"); failures++; continue; }
            var input = candidates[0];
            try
            {
                var expected = RecordJson.Deserialize(File.ReadAllText(expectedFile));
                var actual = extractor.Extract(SourceFile.Load(input));
                AtomicFile.Write(Path.Combine(outDir, stem + ".json"), RecordJson.Serialize(actual) + "\n");
                split.All.Add(stem, expected, actual);
                var entry = catalog.Find(catalogPrefix + Path.GetRelativePath(root, Path.GetFullPath(input)));
                Group(split.ByRendering, entry?.Rendering ?? "(not in catalog)").Add(stem, expected, actual);
                Group(split.ByLevel, entry is null ? "(not in catalog)" : $"{entry.Level}/{entry.Branch}").Add(stem, expected, actual);
            }
            catch (Exception e)
            {
                failures++;
                stderr.WriteLine($"error: {input}: {e.Message}");
            }
        }
        return split;
    }

    private static Evaluator Group(SortedDictionary<string, Evaluator> groups, string key)
    {
        if (!groups.TryGetValue(key, out var e)) groups[key] = e = new Evaluator();
        return e;
    }
}
