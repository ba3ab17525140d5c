using System.CommandLine;
using System.Text.Json;
using Pipeline.Cli.Commands.Extract;
using Pipeline.Cli.Commands.Ingest;
using Pipeline.Extraction;
using Pipeline.Ingestion;
using Pipeline.Ingestion.Isolation;
using Pipeline.Records;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline extract PATH... --out DIR`: one DIR/&lt;stem&gt;.json per input, one tasks.jsonl line per task,
/// one errors.jsonl line per input that failed or was skipped; documents processed `--jobs` at a time under
/// the same limits and guards as ingest. A bad input never stops the batch.
/// </summary>
public sealed class ExtractCommand(DocumentExtractor extractor, Func<IngestLimits, long, WorkerLaunch>? workers = null)
{
    public static Command Create(CliContext context, IReadOnlyList<string> args)
    {
        var paths = PathArguments.Many("paths", "Files or folders (searched recursively)", args, ArgumentArity.OneOrMore);
        var outDir = PathArguments.Option("--out", "Output folder: <stem>.json per input, tasks.jsonl, errors.jsonl; must be new or empty unless --force", args);
        var force = new Option<bool>("--force") { Description = "Replace the output folder whole if it holds an earlier run" };
        var toStdout = new Option<bool>("--stdout") { Description = "Print each record as one JSON line (JSON Lines) on stdout" };
        var models = new ModelOptions(args);
        var limits = LimitOptions.Create();
        var command = new Command("extract", "Extract document and task records from inputs") { paths, outDir, force, toStdout };
        models.AddTo(command);
        limits.AddTo(command);
        // As ingest: documents are read in worker processes (a crash or a runaway costs one document), unless --no-isolation.
        command.SetAction((r, ct) =>
        {
            // One choice for this process and its workers.
            var choice = models.Read(r);
            return new ExtractCommand(context.ExtractorWith(choice), (l, m) => WorkerLaunch.ForPipeline(l, m, choice.WorkerArguments())).RunAsync(
                new Arguments(r.GetValue(paths)!, r.GetValue(outDir), r.GetValue(toStdout), r.GetValue(force), r.GetValue(limits.Jobs), limits.Read(r), context.Verbosity,
                    r.GetValue(limits.MaxMemory)!, r.GetValue(limits.NoIsolation)),
                context.Out, context.Err, context.Interactive, ct);
        });
        return command;
    }

    /// <summary>The command line, as parsed.</summary>
    public sealed record Arguments(IReadOnlyList<string> Paths, string? OutDir, bool Stdout = false, bool Force = false, int Jobs = 1,
        IngestLimits? Limits = null, Verbosity Verbosity = Verbosity.Normal, string MaxMemory = "2G", bool NoIsolation = false);

    public async Task<int> RunAsync(Arguments a, TextWriter stdout, TextWriter stderr, bool interactive, CancellationToken cancellationToken = default)
    {
        if (!a.Stdout && a.OutDir is null) { stderr.WriteLine("error: --out DIR or --stdout is required"); return ExitCodes.Usage; }
        if (a.Jobs < 1) { stderr.WriteLine($"error: --jobs must be at least 1, not {a.Jobs}"); return ExitCodes.Usage; }
        if (LimitOptions.CheckMaxMemory(a.MaxMemory, out var maxMemory) is { } memoryError) { stderr.WriteLine($"error: {memoryError}"); return ExitCodes.Usage; }
        var listing = InputListing.List(a.Paths, a.OutDir);
        var names = OutputNames.Assign(listing.Files, out var collisions);
        var quiet = a.Verbosity == Verbosity.Quiet;
        if (!quiet)
            foreach (var c in collisions)
                stderr.WriteLine($"note: {c.Inputs.Count} inputs share the stem '{c.Stem}': {string.Join(", ", c.Inputs.Select(i => $"{i.Input} -> {i.Name}"))}");

        ExtractOutput? output;
        try { output = a.OutDir is null ? null : ExtractOutput.Open(a.OutDir, a.Force); }
        catch (OutputFolderException e) { stderr.WriteLine($"error: {e.Message}"); return ExitCodes.OutputError; }
        using var _ = output;

        var live = interactive && !a.Stdout && !quiet; // a progress bar; per-document lines would tear it
        var deferred = new List<(TextWriter Writer, string Line)>();
        void Report(TextWriter writer, string line)
        {
            if (live) deferred.Add((writer, line)); else writer.WriteLine(line);
        }
        foreach (var m in listing.Missing) Report(stderr, Failure(output, m, null, DocumentStatus.Failed, new ErrorInfo("missing", "no such file or folder")));
        foreach (var u in listing.Unsupported)
            Report(stderr, Failure(output, u, null, DocumentStatus.Skipped, new ErrorInfo("unsupported-format", $"no reader for '{Path.GetExtension(u)}' files (supported: {string.Join(" ", Pipeline.Sources.SourceReaders.KnownExtensions)})")));

        var taskCount = 0;
        void Commit(int index, ProcessedDocument d)
        {
            var input = listing.Files[index];
            if (d.Record is not { } record)
            {
                Report(stderr, Failure(output, d.Path, d.Sha256, d.Status, d.Error!));
                return;
            }
            record = record.WithSourcePath(input.RelativePath);
            if (a.Stdout) { stdout.WriteLine(JsonSerializer.Serialize(record, RecordJson.Compact)); stdout.Flush(); }
            taskCount += record.Tasks.Count;
            if (output is null) return;
            output.WriteRecord(names[index], RecordJson.Serialize(record) + "\n");
            output.AppendTasks(record.Tasks.Select(t => RecordJson.TaskLine(record, t)));
            if (!a.Stdout && !quiet)
                Report(stdout, $"{(d.Status == DocumentStatus.Partial ? "partial" : "ok"),-7} {d.Path} -> {output.FinalPath(names[index])} ({record.Tasks.Count} tasks, {record.Warnings.Count} warnings{(a.Verbosity == Verbosity.Verbose ? $", {d.TotalMs:0} ms" : "")})");
            if (a.Verbosity == Verbosity.Verbose)
                foreach (var w in record.Warnings) Report(stderr, $"warning: {d.Path}: {w}");
        }

        var limits = a.Limits ?? new IngestLimits();
        await using var processor = DocumentProcessors.Create(extractor, limits, a.NoIsolation ? null : workers?.Invoke(limits, maxMemory));
        var run = new ExtractRun(processor, a.Jobs);
        var summary = live
            ? await TerminalProgress.RunAsync(observer => run.RunAsync(listing.Files, Commit, observer, cancellationToken))
            : await run.RunAsync(listing.Files, Commit, NoProgress.Instance, cancellationToken);
        foreach (var (writer, line) in deferred) writer.WriteLine(line);
        if (summary.Interrupted) { stderr.WriteLine("interrupted: nothing was written (the output folder is as it was)"); return ExitCodes.Interrupted; }
        try { output?.Complete(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: --out {a.OutDir}: the finished run could not take the folder's place: {e.Message}");
            return ExitCodes.OutputError;
        }

        var failed = summary.Failed + listing.Missing.Count;
        if (!quiet)
            (a.Stdout ? stderr : stdout).WriteLine($"{summary.Ok + summary.Partial} of {listing.Files.Count + listing.Missing.Count} inputs extracted ({summary.Partial} partial), {taskCount} tasks, {failed} failed, {listing.Unsupported.Count} unsupported skipped"
                + $" in {summary.Elapsed.TotalSeconds:0.00} s ({summary.DocumentsPerSecond:0.0} documents/s, --jobs {a.Jobs}){(output is null ? "" : $"; output in {a.OutDir}")}");
        return summary.Failures.Any(f => f.Error?.Code == "missing-dependency") ? ExitCodes.MissingDependency
            : failed > 0 ? ExitCodes.InputErrors
            : summary.Partial > 0 ? ExitCodes.PartialSuccess
            : ExitCodes.Ok;
    }

    /// <summary>One errors.jsonl line (the status-record shape: file, path, sha256, status, error) and the matching stderr line.</summary>
    private static string Failure(ExtractOutput? output, string path, string? sha256, DocumentStatus status, ErrorInfo error)
    {
        output?.AppendError(JsonSerializer.Serialize(new OutcomeLine(Path.GetFileName(path), path, sha256, status.Name(), error), RecordJson.Compact));
        return $"{(status == DocumentStatus.Skipped ? "skipped" : "error")}: {path}: {error.Code}: {error.Message}";
    }

    /// <summary>A line of errors.jsonl: the same names as a status record (schema/status-1.1.schema.json).</summary>
    private sealed record OutcomeLine(string File, string Path, string? Sha256, string Status, ErrorInfo Error);

    private sealed class NoProgress : IIngestObserver
    {
        public static readonly NoProgress Instance = new();
        public void Started(int inputs, ShardSpec shard) { }
        public void Finished(ProcessedDocument document, RunProgress progress) { }
        public void Completed(RunSummary summary) { }
    }
}
