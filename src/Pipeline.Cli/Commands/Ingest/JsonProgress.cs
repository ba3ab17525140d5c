using System.Text.Json;
using Pipeline.Ingestion;
using Pipeline.Records;

namespace Pipeline.Cli.Commands.Ingest;

/// <summary>
/// Progress for machines (stdout redirected): one JSON line per finished document, then a summary line.
/// With --stdout the records go to <paramref name="records"/> and these lines to stderr instead.
/// </summary>
public sealed class JsonProgress(TextWriter output, TextWriter? records) : IIngestObserver
{
    public void Started(int inputs, ShardSpec shard) =>
        Write(new { @event = "start", inputs, shard = shard.ToString() });

    public void Finished(ProcessedDocument document, RunProgress progress)
    {
        if (records is not null && document.Record is not null)
        {
            records.WriteLine(JsonSerializer.Serialize(document.Record, RecordJson.Compact));
            records.Flush();
        }
        Write(new
        {
            @event = "document",
            path = document.Path,
            sha256 = document.Sha256,
            status = document.Status.Name(),
            error = document.Error,
            reason = document.SkipReason,
            pages = document.Pages,
            tasks = document.Record?.Tasks.Count,
            ms = Math.Round(document.TotalMs, 1),
            done = progress.Done,
            total = progress.Total,
            pagesDone = progress.PagesDone,
            pagesPerSecond = Math.Round(progress.PagesPerSecond, 2),
        });
    }

    public void Completed(RunSummary summary) => Write(new
    {
        @event = "summary",
        ok = summary.Ok,
        partial = summary.Partial,
        failed = summary.Failed,
        skipped = summary.Skipped,
        pages = summary.Pages,
        seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
        documentsPerSecond = Math.Round(summary.DocumentsPerSecond, 3),
        pagesPerSecond = Math.Round(summary.PagesPerSecond, 3),
        peakMemoryBytes = summary.PeakMemoryBytes,
        workerPeakMemoryBytes = summary.WorkerPeakMemoryBytes,
        delivered = summary.Delivered,
        deliveryPending = summary.DeliveryPending,
        interrupted = summary.Interrupted,
        repairs = summary.Repairs,
    });

    private void Write(object line)
    {
        output.WriteLine(JsonSerializer.Serialize(line, RecordJson.Compact));
        output.Flush();
    }
}
