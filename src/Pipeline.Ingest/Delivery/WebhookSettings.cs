namespace Pipeline.Ingestion.Delivery;

/// <summary>
/// How hard delivery tries before leaving a record in the outbox for the next run. Defaults suit a real
/// receiver; tests shorten them.
/// </summary>
public sealed record WebhookSettings
{
    /// <summary>Retries after the first attempt, with exponential backoff and jitter.</summary>
    public int MaxRetries { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>One HTTP attempt; a stalled receiver is abandoned after it.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts of one record together.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The circuit opens when this share of recent attempts failed …</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>… over at least this many attempts …</summary>
    public int MinimumThroughput { get; init; } = 8;

    /// <summary>… and stays open this long, sparing a receiver that is down.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Records posted at once.</summary>
    public int Concurrency { get; init; } = 4;
}
