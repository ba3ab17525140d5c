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
