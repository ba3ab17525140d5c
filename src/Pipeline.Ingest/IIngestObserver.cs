namespace Pipeline.Ingestion;

/// <summary>
/// What a run reports as it goes: a terminal progress bar, JSON lines for machines, or a test. Called from
/// the committer only (one thread), so implementations need no locking.
/// </summary>
public interface IIngestObserver
{
    /// <summary>The inputs were listed; <paramref name="inputs"/> is the most documents this run can see.</summary>
    void Started(int inputs, ShardSpec shard);

    /// <summary>An input is finished for this run: processed, failed or skipped. Its record, if any, is committed.</summary>
    void Finished(ProcessedDocument document, RunProgress progress);

    /// <summary>The run is over.</summary>
    void Completed(RunSummary summary);
}

/// <summary>Counts so far, for progress displays.</summary>
public sealed record RunProgress(int Done, int Total, long PagesDone, TimeSpan Elapsed)
{
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? PagesDone / Elapsed.TotalSeconds : 0;
}
