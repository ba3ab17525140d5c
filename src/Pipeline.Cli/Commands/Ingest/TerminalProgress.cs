using Pipeline.Ingestion;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Ingest;

/// <summary>
/// Progress for people at a terminal: a Spectre.Console bar of documents done with pages, pages/s and ETA,
/// redrawn in place. Per-document lines would tear the live display, so failures wait for the summary.
/// </summary>
public static class TerminalProgress
{
    public static Task<RunSummary> RunAsync(Func<IIngestObserver, Task<RunSummary>> run) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("listing inputs", maxValue: 1);
                return await run(new Observer(task)).ConfigureAwait(false);
            });

    private sealed class Observer(ProgressTask task) : IIngestObserver
    {
        public void Started(int inputs, ShardSpec shard)
        {
            task.MaxValue = Math.Max(inputs, 1);
            task.Description = shard.Count > 1 ? $"shard {shard}: starting" : "starting";
        }

        public void Finished(ProcessedDocument document, RunProgress p)
        {
            task.MaxValue = Math.Max(p.Total, 1);
            task.Value = p.Done;
            task.Description = $"documents {p.Done}/{p.Total} · pages {p.PagesDone} · {p.PagesPerSecond:0.0} pages/s";
        }

        public void Completed(RunSummary summary)
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
