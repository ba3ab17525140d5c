using System.Collections.Concurrent;

namespace Pipeline.Ingestion.Isolation;

/// <summary>
/// Documents read in `pipeline worker` child processes, as Tika's forked parser does: a pool of at most one worker
/// per job, each loading the extractor once and reused from document to document. A worker that crashes (a stack
/// overflow, a native fault), overruns the timeout or passes its memory ceiling is killed and a fresh one takes
/// the next document; the document ends failed with <c>crashed</c>, <c>timeout</c> or <c>out-of-memory</c>.
/// The parent keeps the state, the journals and the output; a worker only answers.
/// </summary>
public sealed class IsolatedDocumentProcessor(WorkerLaunch launch, IngestLimits limits) : IDocumentProcessor
{
    /// <summary>Past the worker's own watchdog (timeout + 0.5 s), time for it to answer before it is killed.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private long _requests;
    private long _peakBytes;
    private int _started;

    /// <summary>The highest resident memory any worker reached (VmHWM), for the run's benchmark line.</summary>
    public long WorkerPeakBytes => Interlocked.Read(ref _peakBytes);

    /// <summary>Workers started so far (the pool's size plus every replacement).</summary>
    public int WorkersStarted => Volatile.Read(ref _started);

    public async Task<ProcessedDocument> ProcessAsync(WorkItem item, CancellationToken runToken)
    {
        var worker = _idle.TryTake(out var w) ? w : await StartAsync(runToken).ConfigureAwait(false);
        var request = new WorkerProtocol.Request(Interlocked.Increment(ref _requests), item.Path, item.Sha256, item.Bytes, item.PreviousAttempts);
        WorkerOutcome outcome;
        try { outcome = await worker.RunAsync(request, limits.Timeout + Grace, runToken).ConfigureAwait(false); }
        catch
        {
            Retire(worker);
            throw;
        }
        if (outcome.Reply is { Recycle: false }) _idle.Add(worker);
        else Retire(worker);
        return outcome.Reply is { } reply
            ? WorkerProtocol.ToDocument(item, reply)
            : new ProcessedDocument(item.Path, item.Sha256, item.Bytes, DocumentStatus.Failed, null, outcome.Error, [],
                new Dictionary<string, double>(), item.PreviousAttempts + 1);
    }

    private async Task<WorkerProcess> StartAsync(CancellationToken runToken)
    {
        Interlocked.Increment(ref _started);
        return await WorkerProcess.StartAsync(launch, runToken).ConfigureAwait(false);
    }

    private void Retire(WorkerProcess worker)
    {
        NotePeak(worker);
        worker.Kill();
        worker.Dispose();
    }

    private void NotePeak(WorkerProcess worker)
    {
        long seen;
        while (worker.PeakBytes > (seen = Interlocked.Read(ref _peakBytes)) && Interlocked.CompareExchange(ref _peakBytes, worker.PeakBytes, seen) != seen) { }
    }

    public ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var worker))
        {
            NotePeak(worker);
            worker.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
