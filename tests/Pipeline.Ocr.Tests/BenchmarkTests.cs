using Pipeline.Ocr.Benchmarks;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

[Collection(OcrEngineGroup.Name)]
public class BenchmarkTests(ITestOutputHelper output)
{
    [Fact]
    public void Benchmark_runs_both_sides_on_two_pages_and_reports_the_ratio()
    {
        var pages = new[] { Corpus.Scan("real_qd_707_ttg_p1.png"), Corpus.Scan("real_nq_115_ba_vi_p1.png") };
        var report = new StringWriter();
        var result = OcrBenchmark.Run(pages, report);
        output.WriteLine(report.ToString());
        Assert.Equal(2, result.Pages);
        Assert.True(result.PipelinePagesPerSecond > 0 && result.CliPagesPerSecond > 0);
        Assert.Contains("ratio", report.ToString());
        Assert.Contains("omp_get_thread_limit()=1", report.ToString());
    }
}
