namespace Pipeline.Review.Intake;

/// <summary>
/// Bounds the extractions in flight: <c>workers</c> run, up to <c>capacity</c> in all wait or run; past that a
/// request is refused at once (the API answers 503 with Retry-After) instead of piling up memory.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a bounded queue of extraction work; the name says what the desk's 503 answers mean.")]
public sealed class ExtractionQueue(int workers, int capacity) : IDisposable
{
    private readonly SemaphoreSlim _running = new(Math.Max(1, workers));
    private int _admitted;

    public int Capacity { get; } = Math.Max(workers, capacity);

    public void Dispose() => _running.Dispose();

    /// <summary>Runs <paramref name="work"/> when a worker is free; null when the queue is full.</summary>
    public async Task<T?> TryRun<T>(Func<T> work, CancellationToken cancellationToken) where T : class
    {
        if (Interlocked.Increment(ref _admitted) > Capacity)
        {
            Interlocked.Decrement(ref _admitted);
            return null;
        }
        try
        {
            await _running.WaitAsync(cancellationToken);
            try { return await Task.Run(work, cancellationToken); }
            finally { _running.Release(); }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }
}
