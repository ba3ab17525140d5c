using System.CommandLine;
using System.Text;
using Pipeline.Extraction;
using Pipeline.Ingestion;
using Pipeline.Ingestion.Isolation;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline worker`: started by `ingest` (one per job), never by people. Loads the extractor once (with the model
/// choice of its parent: <see cref="ModelChoice.WorkerArguments"/>), then reads
/// documents named on stdin and answers each on stdout (<see cref="WorkerProtocol"/>) under the limits given.
/// </summary>
public static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new IngestLimits();
        var timeout = new Option<double>("--timeout") { DefaultValueFactory = _ => defaults.Timeout.TotalSeconds };
        var maxPages = new Option<int>("--max-pages") { DefaultValueFactory = _ => defaults.MaxPages };
        var maxBytes = new Option<long>("--max-bytes") { DefaultValueFactory = _ => defaults.MaxBytes };
        var models = new ModelOptions([]);
        var command = new Command("worker", "Internal: reads documents for `ingest` in a separate process (stdin/stdout JSON lines)")
        {
            timeout, maxPages, maxBytes,
        };
        command.Hidden = true;
        models.AddTo(command);
        command.SetAction((r, _) =>
        {
            var limits = new IngestLimits { Timeout = TimeSpan.FromSeconds(r.GetValue(timeout)), MaxPages = r.GetValue(maxPages), MaxBytes = r.GetValue(maxBytes) };
            return RunAsync(context.ExtractorWith(models.Read(r)), limits);
        });
        return command;
    }

    private static async Task<int> RunAsync(DocumentExtractor extractor, IngestLimits limits)
    {
        // Stdout carries the replies only: whatever else writes to Console.Out lands on stderr.
        var replies = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        var delay = int.TryParse(Environment.GetEnvironmentVariable(IngestCommand.DelayVariable), out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero;
        await using var processor = new DocumentProcessor(extractor, limits, delay);
        await replies.WriteAsync(Encoding.UTF8.GetBytes(WorkerProtocol.Ready + "\n"));
        await replies.FlushAsync();
        return await WorkerHost.RunAsync(processor, Console.OpenStandardInput(), replies);
    }
}
