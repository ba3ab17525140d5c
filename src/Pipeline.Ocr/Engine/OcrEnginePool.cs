using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Pipeline.Sources;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// A fixed number of engines, one per worker, shared by all readers of a run. Pages of one document, or of
/// several documents read at once, take an engine each; an engine is never used by two threads at once and
/// is kept for the next page. Create one pool per process run and dispose it at the end.
/// </summary>
public sealed class OcrEnginePool : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<OcrEngine> _idle = [];
    private readonly ConcurrentQueue<OcrEngine> _all = new();
    private bool _disposed;

    private readonly Lazy<SourceException?> _problem;

    /// <summary>
    /// Cheap: no native library is loaded until the first page (or <see cref="EnsureAvailable"/>), so a run over
    /// typed documents never needs Tesseract, and a missing package fails the scanned file with a
    /// <c>missing-dependency</c> <see cref="SourceException"/> instead of the whole run.
    /// </summary>
    public OcrEnginePool(OcrOptions? options = null)
    {
        Options = options ?? new OcrOptions();
        if (Options.Workers < 1) throw new ArgumentOutOfRangeException(nameof(options), "Workers must be at least 1");
        _slots = new SemaphoreSlim(Options.Workers, Options.Workers);
        _problem = new Lazy<SourceException?>(() =>
        {
            try
            {
                TesseractEnvironment.EnsureLibraries();
                TesseractEnvironment.EnsureLanguage(Options.DataPath, Options.Language);
                return null;
            }
            catch (SourceException e) { return e; }
        });
    }

    /// <summary>Throws the missing-dependency <see cref="SourceException"/> when the libraries or language data are absent.</summary>
    public void EnsureAvailable()
    {
        if (_problem.Value is { } problem) throw new SourceException(problem.Message, problem) { Code = problem.Code };
    }

    public OcrOptions Options { get; }

    public int Workers => Options.Workers;

    /// <summary>Engines created so far (at most <see cref="Workers"/>; they are created on first need).</summary>
    public int EngineCount => _all.Count;

    /// <summary>Runs <paramref name="work"/> with an engine to itself, waiting for a free one.</summary>
    public T Use<T>(Func<OcrEngine, T> work, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        EnsureAvailable();
        _slots.Wait(cancellationToken);
        OcrEngine? engine = null;
        try
        {
            if (!_idle.TryTake(out engine))
            {
                engine = new OcrEngine(Options);
                _all.Enqueue(engine);
            }
            return work(engine);
        }
        finally
        {
            if (engine is not null) _idle.Add(engine);
            _slots.Release();
        }
    }

    /// <summary>Processes items in parallel on the pool's engines; results keep the input order.</summary>
    public TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<OcrEngine, TItem, TResult> work,
        CancellationToken cancellationToken = default)
    {
        var results = new TResult[items.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, items.Count, parallel, i => results[i] = Use(engine => work(engine, items[i]), cancellationToken));
        }
        catch (AggregateException e)
        {
            // Callers expect the reader's one-line SourceException, not Parallel's wrapper.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return results;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        while (_all.TryDequeue(out var engine)) engine.Dispose();
        _slots.Dispose();
    }
}
