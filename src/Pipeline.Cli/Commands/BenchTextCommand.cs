using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Pipeline.Cli.Commands.Extract;
using Pipeline.Extraction;
using Pipeline.Ingestion;
using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline bench-text`: documents/s of `extract` (the command's own code path, writing to a temporary
/// folder) over the text, Word and PDF corpus with --jobs 1 and --jobs 2, against a floor that only reads
/// each document (its reader) and NFC-normalises its lines, all in one process and one run, as ratios.
/// Each figure is the best of --rounds rounds after a warm-up, so a neighbour's burst on a shared machine
/// costs less; the text corpus (seeds + text) is also measured on its own. Wall time on a machine other
/// processes share says little, so the process's CPU time per document is printed beside it, with where
/// that time goes (ingest's per-document stage timings).
/// </summary>
public static class BenchTextCommand
{
    private static readonly string[] Folders = ["seeds", "text", "docx", "pdf"];

    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder", DefaultValueFactory = _ => "corpus" };
        var rounds = new Option<int>("--rounds") { Description = "Rounds per figure (the best is kept)", DefaultValueFactory = _ => 3 };
        var command = new Command("bench-text", "Benchmark extract on the text, Word and PDF corpus: --jobs 1 vs 2 vs reading only") { corpus, rounds };
        command.SetAction(async (r, ct) =>
        {
            var root = r.GetValue(corpus)!;
            var missing = Folders.Select(f => Path.Combine(root, f)).Where(f => !Directory.Exists(f)).ToList();
            if (missing.Count > 0) { context.Err.WriteLine($"error: {string.Join(", ", missing)}: no such folder (run from the repository or give --corpus)"); return ExitCodes.Usage; }
            await RunAsync(context.Extractor, root, Math.Max(1, r.GetValue(rounds)), context.Out, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static async Task RunAsync(DocumentExtractor extractor, string corpus, int rounds, TextWriter stdout, CancellationToken ct)
    {
        var sets = new (string Name, string[] Paths)[]
        {
            ("text (seeds, text)", [Path.Combine(corpus, "seeds"), Path.Combine(corpus, "text")]),
            ("all (seeds, text, docx, pdf)", Folders.Select(f => Path.Combine(corpus, f)).ToArray()),
        };
        stdout.WriteLine($"bench-text: {Environment.ProcessorCount} cores, best of {rounds} rounds after a warm-up");
        foreach (var (name, paths) in sets)
        {
            var inputs = InputListing.List(paths, null).Files;
            await ExtractOnce(extractor, paths, 2, ct); // warm-up: JIT, vocabularies, file cache
            var (floor, floorCpu) = Best(rounds, () => { Floor(extractor, inputs); return Task.CompletedTask; });
            var (one, oneCpu) = Best(rounds, () => ExtractOnce(extractor, paths, 1, ct));
            var (two, twoCpu) = Best(rounds, () => ExtractOnce(extractor, paths, 2, ct));
            double Rate(TimeSpan t) => inputs.Count / t.TotalSeconds;
            string Cpu(TimeSpan t) => $"CPU {t.TotalMilliseconds / inputs.Count:0.00} ms/document";
            stdout.WriteLine($"{name}: {inputs.Count} documents");
            stdout.WriteLine($"  read + NFC only (floor) : {Rate(floor),8:0.0} documents/s, {Cpu(floorCpu)}");
            stdout.WriteLine($"  extract --jobs 1        : {Rate(one),8:0.0} documents/s, {Cpu(oneCpu)} = {floor / one:0.00} x the floor's rate");
            stdout.WriteLine($"  extract --jobs 2        : {Rate(two),8:0.0} documents/s, {Cpu(twoCpu)} = {one / two:0.00} x --jobs 1");
            var stages = await StagesAsync(extractor, inputs, ct);
            stdout.WriteLine($"  where a document's time goes (ms, mean): {string.Join(", ", stages.Select(s => $"{s.Key} {s.Value / inputs.Count:0.00}"))}");
        }
        stdout.WriteLine($"peak memory {PeakMemory.Bytes() / 1048576.0:0} MiB");
    }

    /// <summary>The fastest round's wall time, and the least CPU time of any round.</summary>
    private static (TimeSpan Wall, TimeSpan Cpu) Best(int rounds, Func<Task> run)
    {
        TimeSpan best = TimeSpan.MaxValue, bestCpu = TimeSpan.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run().GetAwaiter().GetResult();
            if (watch.Elapsed < best) best = watch.Elapsed;
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (used < bestCpu) bestCpu = used;
        }
        return (best, bestCpu);
    }

    /// <summary>Each document once through ingest's processing, summing its stage timings.</summary>
    private static async Task<SortedDictionary<string, double>> StagesAsync(DocumentExtractor extractor, IReadOnlyList<ExtractInput> inputs, CancellationToken ct)
    {
        var processor = new DocumentProcessor(extractor, new IngestLimits());
        var sums = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var done = await processor.ProcessAsync(new WorkItem(input.Path, ContentHash.OfFile(input.Path), input.Bytes, 0), ct);
            foreach (var (stage, ms) in done.TimingsMs) sums[stage] = sums.GetValueOrDefault(stage) + ms;
        }
        return sums;
    }

    private static async Task ExtractOnce(DocumentExtractor extractor, string[] paths, int jobs, CancellationToken ct)
    {
        var outDir = Path.Combine(Path.GetTempPath(), $"pipeline-bench-{Environment.ProcessId}");
        var code = await new ExtractCommand(extractor).RunAsync(new ExtractCommand.Arguments(paths, outDir, Force: true, Jobs: jobs, Verbosity: Verbosity.Quiet),
            TextWriter.Null, TextWriter.Null, interactive: false, ct);
        if (code != ExitCodes.Ok && code != ExitCodes.PartialSuccess) throw new InvalidOperationException($"extract exited {code} during the benchmark");
        Directory.Delete(outDir, recursive: true);
    }

    /// <summary>What no extraction can avoid: the file read, its reader's lines, each line NFC-normalised.</summary>
    private static void Floor(DocumentExtractor extractor, IReadOnlyList<ExtractInput> inputs)
    {
        long chars = 0;
        foreach (var input in inputs)
        {
            var source = extractor.Readers.Read(SourceFile.Load(input.Path));
            foreach (var page in source.Pages)
                foreach (var line in page.Lines) chars += line.Text.Normalize(NormalizationForm.FormC).Length;
        }
        GC.KeepAlive(chars);
    }
}
