using Pipeline.Ocr.Benchmarks;
using Pipeline.Ocr.Native;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

[Collection(OcrEngineGroup.Name)]
public class MemoryTests(SharedPool shared, ITestOutputHelper output)
{
    [Fact]
    public void Memory_does_not_grow_with_the_number_of_pages()
    {
        var reader = new ImageSourceReader(shared.Pool);
        var pages = Corpus.TranscribedPages.Select(p => SourceFile.Load(p.Path)).Take(4).ToList();
        void ReadPages(int count) =>
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = shared.Pool.Workers },
                i => reader.Read(pages[i % pages.Count]));

        ReadPages(8); // warm-up: every engine created, allocator arenas and caches in place
        var readings = new List<long> { Resident() };
        for (var round = 0; round < 3; round++)
        {
            ReadPages(12);
            readings.Add(Resident());
        }

        output.WriteLine("resident after warm-up and after each further 12 pages: " +
                         string.Join(", ", readings.Select(r => $"{r / 1048576} MiB")) + $"; engines {shared.Pool.EngineCount}");
        Assert.True(shared.Pool.EngineCount <= shared.Pool.Workers);
        // A leaked page image is 4-12 MB, so a per-page leak would add 150 MB or more over these 36 pages.
        var growth = readings[^1] - readings[0];
        Assert.True(growth < 64L * 1048576, $"resident set grew by {growth / 1048576} MiB over 36 pages");
    }

    /// <summary>Live memory: managed garbage collected, native free lists returned to the kernel.</summary>
    private static long Resident()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _ = LibC.MallocTrim(0); // 1 when memory was released, 0 when there was none to release: either is fine here
        return PeakMemory.CurrentResidentBytes() ?? throw new InvalidOperationException("VmRSS unavailable");
    }
}
