using System.Text.Json;
using Pipeline.Ingestion;
using Pipeline.Records;

namespace Pipeline.Cli.Commands.Ingest;

/// <summary>
/// Progress for machines (stdout redirected): one JSON line per finished document, then a summary line.
/// With --stdout the records go to <paramref name="records"/> and these lines to stderr instead.
/// </summary>
public sealed class JsonProgress(TextWriter progress, TextWriter? records) : IIngestObserver
{
    public void Started(int inputs, ShardSpec shard) =>
        Write(new { @event = "start", inputs, shard = shard.ToString() });

    public void Finished(ProcessedDocument d, RunProgress p)
    {
        if (records is not null && d.Record is not null)
        {
            records.WriteLine(JsonSerializer.Serialize(d.Record, RecordJson.Compact));
            records.Flush();
        }
        Write(new
        {
            @event = "document",
            path = d.Path,
            sha256 = d.Sha256,
            status = d.Status.Name(),
            error = d.Error,
            reason = d.SkipReason,
            pages = d.Pages,
            tasks = d.Record?.Tasks.Count,
            ms = Math.Round(d.TotalMs, 1),
            done = p.Done,
            total = p.Total,
            pagesDone = p.PagesDone,
            pagesPerSecond = Math.Round(p.PagesPerSecond, 2),
        });
    }

    public void Completed(RunSummary s) => Write(new
    {
        @event = "summary",
        ok = s.Ok,
        partial = s.Partial,
        failed = s.Failed,
        skipped = s.Skipped,
        pages = s.Pages,
        seconds = Math.Round(s.Elapsed.TotalSeconds, 3),
        documentsPerSecond = Math.Round(s.DocumentsPerSecond, 3),
        pagesPerSecond = Math.Round(s.PagesPerSecond, 3),
        peakMemoryBytes = s.PeakMemoryBytes,
        workerPeakMemoryBytes = s.WorkerPeakMemoryBytes,
        delivered = s.Delivered,
        deliveryPending = s.DeliveryPending,
        interrupted = s.Interrupted,
        repairs = s.Repairs,
    });

    private void Write(object line)
    {
        progress.WriteLine(JsonSerializer.Serialize(line, RecordJson.Compact));
        progress.Flush();
    }
}
