using Pipeline.Ingestion;

namespace Pipeline.Cli.Commands.Ingest;

/// <summary>The end-of-run summary for people: counts by status, benchmark figures, delivery, failures to look at.</summary>
public static class SummaryText
{
    private const int MaxFailuresListed = 20;

    public static IEnumerable<string> Lines(RunSummary s, string outDir)
    {
        yield return $"ingest{(s.Interrupted ? " (interrupted)" : "")}: ok {s.Ok}, partial {s.Partial}, failed {s.Failed}, skipped {s.Skipped} — {s.Processed} documents processed, {s.Pages} pages, in {s.Elapsed.TotalSeconds:0.00} s";
        yield return $"benchmark: {s.DocumentsPerSecond:0.00} documents/s, {s.PagesPerSecond:0.00} pages/s, peak memory {s.PeakMemoryBytes / (1024.0 * 1024):0.0} MB{(s.WorkerPeakMemoryBytes is { } w ? $" (worker processes: {w / (1024.0 * 1024):0.0} MB at most)" : " (no worker processes)")}";
        if (s.Delivered > 0 || s.DeliveryPending > 0)
            yield return $"delivery: {s.Delivered} records delivered, {s.DeliveryPending} waiting in the outbox{(s.DeliveryPending > 0 ? " (run again to send them)" : "")}";
        foreach (var repair in s.Repairs) yield return $"warning: {repair}";
        foreach (var f in s.Failures.Take(MaxFailuresListed))
            yield return $"failed: {f.Path}: {f.Error?.Code}: {f.Error?.Message}";
        if (s.Failures.Count > MaxFailuresListed)
            yield return $"… and {s.Failures.Count - MaxFailuresListed} more failures";
        yield return $"records in {Path.Combine(outDir, "records")}, status in {Path.Combine(outDir, "status")}; failed documents are processed again with --retry-failed";
    }
}
