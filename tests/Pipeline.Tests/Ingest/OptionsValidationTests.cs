using Pipeline.Extraction;
using Pipeline.Ingestion;

namespace Pipeline.Tests.Ingest;

/// <summary>The library, not only the CLI, refuses options no run can honour.</summary>
public class OptionsValidationTests
{
    [Fact]
    public async Task An_engine_given_zero_jobs_refuses_before_touching_the_output_folder()
    {
        var outDir = Path.Combine(IngestRun.TempDir("opts"), "out");
        var options = new IngestOptions { Sources = [Support.Repo.Path("corpus", "seeds")], OutDir = outDir, Jobs = 0 };
        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new IngestEngine(DocumentExtractor.CreateDefault()).RunAsync(options, new NullObserver()));
        Assert.Contains("Jobs", e.Message);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Limits_are_checked_too() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new IngestLimits { MaxPages = 0 }.Validate());

    private sealed class NullObserver : IIngestObserver
    {
        public void Started(int inputs, ShardSpec shard) { }
        public void Finished(ProcessedDocument document, RunProgress progress) { }
        public void Completed(RunSummary summary) { }
    }
}
