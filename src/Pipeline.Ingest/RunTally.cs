using System.Diagnostics;

namespace Pipeline.Ingestion;

/// <summary>Counts of one run as documents finish; touched by the committer thread only (exclusions are atomic).</summary>
internal sealed class RunTally(int inputs, Stopwatch clock)
{
    private int _excluded;
    public int Ok, Partial, Failed, Skipped;
    public long Pages;
    public readonly List<ProcessedDocument> Failures = [];

    public void Exclude() => Interlocked.Increment(ref _excluded);

    public int Total => inputs - Volatile.Read(ref _excluded);

    public void Add(ProcessedDocument d)
    {
        switch (d.Status)
        {
            case DocumentStatus.Ok: Ok++; break;
            case DocumentStatus.Partial: Partial++; break;
            case DocumentStatus.Failed: Failed++; Failures.Add(d); break;
            default: Skipped++; break;
        }
        if (d.Status != DocumentStatus.Skipped) Pages += d.Pages;
    }

    public RunProgress Progress() => new(Ok + Partial + Failed + Skipped, Total, Pages, clock.Elapsed);
}
