using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Evaluation;
using Pipeline.Extraction;
using Pipeline.Ocr.Evaluation;
using Pipeline.Records;
using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline bench-degraded [--corpus corpus] [--width 700] [--quality 60] [--blur 0] [--photo]`: every development scan and photo of
/// the catalog (split dev, rendering scan) is read twice, as it is and spoiled the way a photographed and forwarded
/// notice arrives (each page scaled to a width of 600–800 px, re-encoded as low-quality JPEG, optionally blurred and photographed by hand;
/// <see cref="PageDegradation"/>), and both records are scored against the document's own expected record: header and
/// foot fields strict, per document and in total, with the fields the degraded copy loses or gains. The frozen test
/// split is never read. PDF pages are rendered by pdftoppm first (poppler-utils).
/// </summary>
public static class BenchDegradedCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder (catalog.tsv, expected/)", DefaultValueFactory = _ => "corpus" };
        var width = new Option<int>("--width") { Description = "Page width in pixels after downscaling", DefaultValueFactory = _ => 700 };
        var quality = new Option<int>("--quality") { Description = "JPEG quality (1..100)", DefaultValueFactory = _ => 60 };
        var blur = new Option<int>("--blur") { Description = "Half-width in pixels of a box blur after downscaling (0: none)", DefaultValueFactory = _ => 0 };
        var photo = new Option<bool>("--photo") { Description = "Also make each page look photographed by hand: tilted 1.5°, lit unevenly, gray paper, a dark table around it" };
        var maxPages = new Option<int>("--max-pages") { Description = "Documents with more pages are left out (OCR time)", DefaultValueFactory = _ => 12 };
        var only = new Option<string?>("--only") { Description = "Only documents whose file name contains this (or one of these, comma-separated)" };
        var keep = new Option<string?>("--keep") { Description = "Write the degraded pages to this folder (<stem>-p<N>.jpg), to read them with `pipeline ocr`" };
        var originals = new Option<string?>("--original") { Description = "Take the original records from this folder (an eval's --out, <stem>.json) instead of extracting them again; one missing there is extracted and written there, so the next run reuses it" };
        LimitOptions.AtLeast(width, 100, "--width must be at least 100");
        LimitOptions.AtLeast(quality, 1, "--quality must be at least 1");
        var models = new ModelOptions([]);
        var command = new Command("bench-degraded", "Fields of the development scans as they are and photographed at low resolution (JPEG)") { corpus, width, quality, blur, photo, maxPages, only, originals, keep };
        models.AddTo(command);
        command.SetAction(r => Run(context.ExtractorWith(models.Read(r)), r.GetValue(corpus)!,
            new PageDegradation(r.GetValue(width), Math.Min(100, r.GetValue(quality)), Math.Max(0, r.GetValue(blur)), r.GetValue(photo)),
            r.GetValue(maxPages), r.GetValue(only), r.GetValue(originals), r.GetValue(keep), context.Out, context.Err));
        return command;
    }

    public static int Run(DocumentExtractor extractor, string corpusDir, PageDegradation degradation, int maxPages, string? only, string? originalsDir, string? keepDir, TextWriter stdout, TextWriter stderr)
    {
        var catalogPath = Path.Combine(corpusDir, "catalog.tsv");
        if (!File.Exists(catalogPath)) throw new FileNotFoundException($"no corpus catalog at {catalogPath}", catalogPath);
        var scans = CorpusCatalog.Load(catalogPath).Entries
            .Where(e => e.Split == "dev" && e.Rendering == "scan")
            .Select(e => e.Path)
            .Where(p => only is null || only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(o => p.Contains(o, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
        stdout.WriteLine($"degradation: {degradation}; {scans.Count} development scans");
        var original = new Evaluator();
        var degraded = new Evaluator();
        var failures = 0;
        foreach (var relative in scans)
        {
            var path = Path.Combine(corpusDir, relative);
            var expectedPath = Path.Combine(corpusDir, "expected", Path.GetFileNameWithoutExtension(path) + ".json");
            if (!File.Exists(path) || !File.Exists(expectedPath)) { stderr.WriteLine($"skipped: {relative}: no input or no expected record"); continue; }
            try
            {
                var file = SourceFile.Load(path);
                var pages = PageImages(file);
                if (pages.Count > maxPages) { stdout.WriteLine($"{file.Stem,-60} skipped: {pages.Count} pages (--max-pages {maxPages})"); continue; }
                var expected = RecordJson.Deserialize(File.ReadAllText(expectedPath));
                var kept = originalsDir is null ? null : Path.Combine(originalsDir, file.Stem + ".json");
                DocumentRecord originalRecord;
                if (kept is not null && File.Exists(kept)) originalRecord = RecordJson.Deserialize(File.ReadAllText(kept));
                else
                {
                    originalRecord = extractor.Extract(file);
                    if (kept is not null)
                    {
                        Directory.CreateDirectory(originalsDir!);
                        File.WriteAllText(kept, RecordJson.Serialize(originalRecord));
                    }
                }
                var before = Score(expected, originalRecord);
                var spoiled = pages.Select((p, i) => degradation.Apply(p, $"page {i + 1} of {file.Name}")).ToList();
                if (keepDir is not null)
                {
                    Directory.CreateDirectory(keepDir);
                    for (var i = 0; i < spoiled.Count; i++) File.WriteAllBytes(Path.Combine(keepDir, $"{file.Stem}-p{i + 1}.jpg"), spoiled[i]);
                }
                DocumentRecord degradedRecord;
                try
                {
                    degradedRecord = extractor.Extract(Read(extractor.Readers, file, spoiled));
                }
                catch (SourceException e) when (e.Code == "no-text")
                {
                    // Nothing recognised on the degraded copy is the worst result, not a document left out of the figure.
                    stderr.WriteLine($"{relative}: degraded copy: {e.Message}; scored as no fields");
                    degradedRecord = originalRecord with
                    {
                        Document = new DocumentInfo(null, null, null, null, null, null, null, null, null, [], null),
                        Tasks = [],
                    };
                }
                var after = Score(expected, degradedRecord);
                original.Add(file.Stem, expected, before.Actual);
                degraded.Add(file.Stem, expected, after.Actual);
                var lost = Evaluator.FieldNames.Where(n => before.Hits.Contains(n) && !after.Hits.Contains(n));
                var gained = Evaluator.FieldNames.Where(n => !before.Hits.Contains(n) && after.Hits.Contains(n));
                stdout.WriteLine($"{file.Stem,-60} original {before.Hits.Count,2}/{before.Total,-2}  degraded {after.Hits.Count,2}/{after.Total,-2}" +
                                 (lost.Any() ? $"  lost: {string.Join(", ", lost)}" : "") + (gained.Any() ? $"  gained: {string.Join(", ", gained)}" : ""));
            }
            catch (Exception e) when (e is SourceException or IOException or InvalidOperationException)
            {
                failures++;
                stderr.WriteLine($"error: {relative}: {e.Message}");
            }
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fields strict, {original.Documents} documents: original {100 * original.OverallStrict:F1} %, degraded {100 * degraded.OverallStrict:F1} %"));
        foreach (var name in Evaluator.FieldNames)
            stdout.WriteLine($"  {name,-18} {original.Fields[name].StrictHits,3}/{original.Fields[name].Total,-3} -> {degraded.Fields[name].StrictHits,3}/{degraded.Fields[name].Total}");
        return failures > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private sealed record Scored(DocumentRecord Actual, HashSet<string> Hits, int Total);

    private static Scored Score(DocumentRecord expected, DocumentRecord actual)
    {
        var one = new Evaluator();
        one.Add("", expected, actual);
        return new Scored(actual, [.. one.Fields.Values.Where(f => f.StrictHits > 0).Select(f => f.Name)], one.Fields.Values.Sum(f => f.Total));
    }

    /// <summary>Each page as an encoded image: the image file itself, or a PDF's pages rendered by pdftoppm at 150 dpi.</summary>
    private static List<byte[]> PageImages(SourceFile file)
    {
        if (file.Extension != ".pdf") return [file.Bytes];
        var dir = Directory.CreateTempSubdirectory("pipeline-degraded-");
        try
        {
            var info = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-r", "150", "-png", file.Path, Path.Combine(dir.FullName, "p") }) info.ArgumentList.Add(a);
            using var process = Process.Start(info) ?? throw new InvalidOperationException("pdftoppm could not be started");
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"pdftoppm failed: {error.Trim()}");
            // pdftoppm pads page numbers to the page count's width, so the names sort in page order.
            return [.. dir.EnumerateFiles("p-*.png").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllBytes(f.FullName))];
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The degraded pages read one by one through the readers and joined into one document, numbered in order.</summary>
    private static SourceDocument Read(SourceReaders readers, SourceFile original, List<byte[]> pages)
    {
        var read = pages.Select((bytes, i) => readers.Read(new SourceFile($"{original.Stem}-p{i + 1}.jpg", bytes))).ToList();
        var joined = read.Select((d, i) => d.Pages.Single() with { Number = i + 1, Lines = [.. d.Pages.Single().Lines.Select(l => l with { Page = i + 1 })] })
            .ToImmutableArray();
        return new SourceDocument(original, "image/jpeg", joined, [.. read.SelectMany(d => d.Warnings)]);
    }
}
