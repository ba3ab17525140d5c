using Pipeline.Ocr.Benchmarks;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

[Collection(OcrCollection.Name)]
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

        ReadPages(6); // warm-up: every engine created, allocator pools filled
        var afterWarmUp = Resident();
        ReadPages(24);
        var afterMore = Resident();

        var growth = afterMore - afterWarmUp;
        output.WriteLine($"resident after warm-up {afterWarmUp / 1048576} MiB, after 24 more pages {afterMore / 1048576} MiB, growth {growth / 1048576} MiB; engines {shared.Pool.EngineCount}");
        Assert.True(shared.Pool.EngineCount <= shared.Pool.Workers);
        // A leaked page image is 4-12 MB; 24 leaked pages would be well over this slack.
        Assert.True(growth < 80L * 1048576, $"resident set grew by {growth / 1048576} MiB over 24 pages");
    }

    private static long Resident()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return PeakMemory.CurrentResidentBytes() ?? throw new InvalidOperationException("VmRSS unavailable");
    }
}
