using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Ingestion;

namespace Pipeline.Tests.Ingest;

/// <summary>Ctrl+C (the run's token cancelled): the run stops cleanly with what it finished, and the next run completes it.</summary>
public class InterruptTests
{
    [Fact]
    public async Task A_cancelled_run_keeps_what_it_finished_and_the_next_run_does_the_rest()
    {
        var outDir = IngestRun.TempDir("interrupt");
        var sources = IngestRun.CorpusPaths()[..2]; // seeds and text
        var inputs = IngestRun.InputCount(sources);
        var options = new IngestOptions { Sources = sources, OutDir = outDir, Jobs = 2, DelayPerDocument = TimeSpan.FromMilliseconds(50) };
        using var stop = new CancellationTokenSource();
        var observer = new CancelAfter(4, stop);

        var interrupted = await new IngestEngine(DocumentExtractor.CreateDefault()).RunAsync(options, observer, stop.Token);

        Assert.True(interrupted.Interrupted);
        Assert.Equal(ExitCodes.Interrupted, IngestCommand.ExitCode(interrupted));
        Assert.InRange(interrupted.Ok, 4, inputs - 1);
        Assert.Equal(interrupted.Ok, IngestRun.Records(outDir).Count);
        Assert.Equal(interrupted.Ok, IngestRun.Lines(outDir, "documents.jsonl").Length);

        var (rest, _) = IngestRun.Run(options with { DelayPerDocument = TimeSpan.Zero });
        Assert.Equal((inputs - interrupted.Ok, interrupted.Ok), (rest.Ok, rest.Skipped));
        Assert.Equal(inputs, IngestRun.Lines(outDir, "documents.jsonl").Distinct().Count());
        Assert.Empty(IngestRun.TempFiles(outDir));
    }

    /// <summary>Presses Ctrl+C once <paramref name="count"/> documents are finished.</summary>
    private sealed class CancelAfter(int count, CancellationTokenSource stop) : IIngestObserver
    {
        public void Started(int inputs, ShardSpec shard) { }

        public void Finished(ProcessedDocument document, RunProgress progress)
        {
            if (progress.Done == count) stop.Cancel();
        }

        public void Completed(RunSummary summary) { }
    }
}
