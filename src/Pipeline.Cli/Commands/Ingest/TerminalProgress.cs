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
                new EtaColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("listing inputs", maxValue: 1);
                return await run(new Observer(task)).ConfigureAwait(false);
            });

    /// <summary>Remaining time, labelled: two bare clocks (elapsed, remaining) side by side are easy to misread.</summary>
    private sealed class EtaColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.RemainingTime is { } eta && !task.IsFinished ? $"ETA {eta:hh\\:mm\\:ss}" : $"in {task.ElapsedTime ?? TimeSpan.Zero:hh\\:mm\\:ss}");
    }

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
