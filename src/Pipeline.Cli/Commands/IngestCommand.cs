using System.CommandLine;
using Pipeline.Cli.Commands.Ingest;
using Pipeline.Extraction;
using Pipeline.Ingestion;
using Pipeline.Ingestion.Isolation;
using Pipeline.Ingestion.Output;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline ingest SOURCE... --out DIR`: an archive into records, resumable, in parallel, within limits,
/// optionally delivered to a webhook. The engine is Pipeline.Ingestion; this class parses, validates,
/// picks the progress display and maps the outcome to an exit code.
/// </summary>
public sealed class IngestCommand(DocumentExtractor extractor, Func<IngestLimits, long, WorkerLaunch>? workers = null)
{
    /// <summary>Test hook: milliseconds each worker waits before a document, so a kill lands mid-run.</summary>
    public const string DelayVariable = "PIPELINE_INGEST_DELAY_MS";

    public static Command Create(CliContext context, IReadOnlyList<string> args)
    {
        var sources = PathArguments.Many("sources", "Files or folders (searched recursively)", args, ArgumentArity.OneOrMore);
        var outDir = PathArguments.Option("--out", "Output folder: records/, status/, documents.jsonl, tasks.jsonl, state.db", args);
        var models = new ModelOptions(args);
        var limits = LimitOptions.Create();
        var retry = new Option<bool>("--retry-failed") { Description = "Process again the documents an earlier run marked failed" };
        var shard = new Option<string?>("--shard") { Description = "i/N: take only this worker's part of the collection (by content hash)" };
        var webhook = new Option<string?>("--webhook") { Description = "POST each record to this URL (Idempotency-Key header); undelivered ones are kept for the next run" };
        var toStdout = new Option<bool>("--stdout") { Description = "Also print each record as a JSON line on stdout (progress then goes to stderr)" };
        var command = new Command("ingest", "Ingest an archive: every document into a record, resumable, in parallel")
        {
            sources, outDir, retry, shard, webhook, toStdout,
        };
        limits.AddTo(command);
        models.AddTo(command);
        command.SetAction((r, ct) =>
        {
            // One choice for this process and its workers.
            var choice = models.Read(r);
            return new IngestCommand(context.ExtractorWith(choice), (l, m) => WorkerLaunch.ForPipeline(l, m, choice.WorkerArguments())).RunAsync(new Arguments(
                r.GetValue(sources)!, r.GetValue(outDir), r.GetValue(limits.Jobs), r.GetValue(retry), r.GetValue(shard), r.GetValue(webhook),
                r.GetValue(limits.Timeout), r.GetValue(limits.MaxPages), r.GetValue(limits.MaxBytes), r.GetValue(toStdout), context.Verbosity,
                r.GetValue(limits.MaxMemory)!, r.GetValue(limits.NoIsolation)),
                context.Out, context.Err, context.Interactive, ct);
        });
        return command;
    }

    /// <summary>The command line, as parsed. Worker processes are used only when the command was given a way to start them.</summary>
    public sealed record Arguments(
        IReadOnlyList<string> Sources, string? OutDir, int Jobs = 0, bool RetryFailed = false, string? Shard = null, string? Webhook = null,
        double TimeoutSeconds = 120, int MaxPages = 500, long MaxBytes = 100L * 1024 * 1024, bool Stdout = false,
        Verbosity Verbosity = Verbosity.Normal, string MaxMemory = "2G", bool NoIsolation = false);

    public async Task<int> RunAsync(Arguments args, TextWriter stdout, TextWriter stderr, bool interactive, CancellationToken cancellationToken = default)
    {
        if (Validate(args, out var options) is { } usage)
        {
            stderr.WriteLine($"error: {usage}");
            return ExitCodes.Usage;
        }
        var engine = new IngestEngine(extractor);
        RunSummary summary;
        try
        {
            if (interactive && !args.Stdout)
                summary = await TerminalProgress.RunAsync(observer => engine.RunAsync(options, observer, cancellationToken));
            else
                summary = await engine.RunAsync(options, args.Stdout ? new JsonProgress(stderr, stdout) : new JsonProgress(stdout, null), cancellationToken);
        }
        catch (OutputBusyException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.OutputError;
        }
        catch (Exception e) when (NoSpace.Is(e))
        {
            stderr.WriteLine($"error: no space left for the output folder {args.OutDir}: {e.Message}; free some space and run again: the run resumes where it stopped");
            return ExitCodes.OutputError;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or InvalidDataException)
        {
            stderr.WriteLine($"error: cannot use the output folder {args.OutDir}: {e.Message}");
            return ExitCodes.OutputError;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException || e.InnerException is DllNotFoundException)
        {
            stderr.WriteLine($"error: a system dependency is missing (SQLite native library): {e.Message}");
            return ExitCodes.MissingDependency;
        }

        var lines = args.Verbosity == Verbosity.Quiet ? summary.Failures.Select(f => $"failed: {f.Path}: {f.Error?.Code}: {f.Error?.Message}") : SummaryText.Lines(summary, options.OutDir);
        if (interactive && !args.Stdout)
            foreach (var line in lines) AnsiConsole.MarkupLine(Style(line));
        else
            foreach (var line in lines) stderr.WriteLine(line);
        return ExitCode(summary);
    }

    public static int ExitCode(RunSummary s) =>
        s.Interrupted ? ExitCodes.Interrupted
        : s.Failures.Any(f => f.Error?.Code == "missing-dependency") ? ExitCodes.MissingDependency
        : s.Failed > 0 ? ExitCodes.InputErrors
        : s.Partial > 0 ? ExitCodes.PartialSuccess
        : s.DeliveryPending > 0 ? ExitCodes.DeliveryPending
        : ExitCodes.Ok;

    private string? Validate(Arguments a, out IngestOptions options)
    {
        options = null!;
        if (a.OutDir is null) return "--out DIR is required (the output folder also keeps the run state)";
        if (a.Sources.Count == 0) return "give at least one file or folder to ingest";
        if (a.Jobs < 1) return $"--jobs must be at least 1, not {a.Jobs}";
        if (a.TimeoutSeconds <= 0) return $"--timeout must be a positive number of seconds, not {a.TimeoutSeconds}";
        if (a.MaxPages < 1) return $"--max-pages must be at least 1, not {a.MaxPages}";
        if (a.MaxBytes < 1) return $"--max-bytes must be at least 1, not {a.MaxBytes}";
        var shard = ShardSpec.All;
        if (a.Shard is not null && !ShardSpec.TryParse(a.Shard, out shard, out var shardError)) return shardError;
        Uri? webhook = null;
        if (a.Webhook is not null && (!Uri.TryCreate(a.Webhook, UriKind.Absolute, out webhook) || webhook.Scheme is not ("http" or "https")))
            return $"--webhook must be an absolute http(s) URL, not '{a.Webhook}'";
        if (LimitOptions.CheckMaxMemory(a.MaxMemory, out var maxMemory) is { } memoryError) return memoryError;
        var delay = int.TryParse(Environment.GetEnvironmentVariable(DelayVariable), out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero;
        var limits = new IngestLimits { Timeout = TimeSpan.FromSeconds(a.TimeoutSeconds), MaxPages = a.MaxPages, MaxBytes = a.MaxBytes };
        options = new IngestOptions
        {
            Sources = a.Sources,
            OutDir = a.OutDir,
            Jobs = a.Jobs,
            RetryFailed = a.RetryFailed,
            Shard = shard,
            Webhook = webhook,
            Limits = limits,
            Workers = a.NoIsolation ? null : workers?.Invoke(limits, maxMemory),
            DelayPerDocument = delay,
        };
        return null;
    }

    private static string Style(string line)
    {
        var text = Markup.Escape(line);
        return line.StartsWith("failed:", StringComparison.Ordinal) ? $"[red]{text}[/]"
            : line.StartsWith("benchmark:", StringComparison.Ordinal) ? $"[bold]{text}[/]"
            : text;
    }
}
