namespace Pipeline.Ingestion;

/// <summary>
/// The end of a run: documents by status, throughput and peak memory (the benchmark figures), delivery
/// state, and the failures to look at.
/// </summary>
public sealed record RunSummary(
    int Ok,
    int Partial,
    int Failed,
    int Skipped,
    long Pages,
    TimeSpan Elapsed,
    long PeakMemoryBytes,
    int Delivered,
    int DeliveryPending,
    bool Interrupted,
    IReadOnlyList<ProcessedDocument> Failures)
{
    /// <summary>Documents processed in this run (skipped ones cost nothing and are not counted).</summary>
    public int Processed => Ok + Partial + Failed;

    /// <summary>The highest peak resident memory of any worker process; null when documents were read in this process.</summary>
    public long? WorkerPeakMemoryBytes { get; init; }

    /// <summary>Record files found missing or damaged at the start and rebuilt (or redone), one line each.</summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];

    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;

    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;
}
