using System.Collections.Concurrent;
using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;

namespace Pipeline.Ocr.Tests;

[Collection(OcrEngineGroup.Name)]
public class PoolTests(SharedPool shared)
{
    [Fact]
    public void An_engine_is_never_lent_to_two_threads_at_once_and_engines_are_reused()
    {
        var busy = new ConcurrentDictionary<OcrEngine, int>();
        var seen = new ConcurrentDictionary<OcrEngine, int>();
        var overlaps = 0;
        shared.Pool.Map(Enumerable.Range(0, 40).ToList(), (engine, _) =>
        {
            if (!busy.TryAdd(engine, 0)) Interlocked.Increment(ref overlaps);
            seen.TryAdd(engine, 0);
            Thread.Sleep(5);
            busy.TryRemove(engine, out _);
            return 0;
        });
        Assert.Equal(0, overlaps);
        Assert.InRange(seen.Count, 1, shared.Pool.Workers);
    }

    [Fact]
    public void A_cancelled_read_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var file = SourceFile.Load(Corpus.Scan("real_qd_707_ttg_p1.png"));
        Assert.ThrowsAny<OperationCanceledException>(() => new ImageSourceReader(shared.Pool).Read(file, cancelled.Token));
    }
}
