namespace Pipeline.Ingestion;

/// <summary>What one `pipeline ingest` run is asked to do.</summary>
public sealed record IngestOptions
{
    /// <summary>Files and folders (searched recursively).</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The output folder, which also holds the run state that makes a run resumable.</summary>
    public required string OutDir { get; init; }

    /// <summary>Documents extracted at once (worker count).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Process again the documents an earlier run marked failed (otherwise they are skipped).</summary>
    public bool RetryFailed { get; init; }

    public ShardSpec Shard { get; init; } = ShardSpec.All;

    public IngestLimits Limits { get; init; } = new();

    /// <summary>Where document records are POSTed; null: no delivery.</summary>
    public Uri? Webhook { get; init; }

    public Delivery.WebhookSettings WebhookSettings { get; init; } = new();

    /// <summary>How to start the worker processes that read documents; null: read them in this process (--no-isolation).</summary>
    public Isolation.WorkerLaunch? Workers { get; init; }

    /// <summary>
    /// Test hook: each worker waits this long before a document, so a kill test can land mid-run.
    /// Set by the PIPELINE_INGEST_DELAY_MS environment variable, not by an option (worker processes inherit it).
    /// </summary>
    public TimeSpan DelayPerDocument { get; init; }
}
