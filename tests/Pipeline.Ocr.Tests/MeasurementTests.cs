using Pipeline.Ocr.Benchmarks;
using Pipeline.Ocr.Evaluation;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// The measurements behind src/Pipeline.Ocr/README.md. They take minutes, so they run only when asked:
/// <c>OCR_MEASURE=1 dotnet test tests/Pipeline.Ocr.Tests --filter FullyQualifiedName~MeasurementTests</c>.
/// Without the variable they are reported as skipped (never as passed).
/// </summary>
[Collection(OcrEngineGroup.Name)]
public class MeasurementTests(SharedPool shared, ITestOutputHelper output)
{
    [MeasurementFact]
    public void Preparation_study_prints_the_cer_of_each_variant()
    {
        var pages = Corpus.TranscribedPages.Select(p => new TranscribedPage(p.Id, p.Path, Corpus.Transcriptions[p.Id])).ToList();
        var report = new StringWriter();
        PreparationStudy.Run(pages, report, shared.Pool);
        output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "ocr-preparation-study.md"), report.ToString());
    }

    [MeasurementFact]
    public void Benchmark_on_the_nine_transcribed_pages()
    {
        // Rounds over the nine pages; OCR_BENCH_ROUNDS overrides the default of 2.
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("OCR_BENCH_ROUNDS"), out var r) ? r : 2;
        var report = new StringWriter();
        OcrBenchmark.Run(Corpus.TranscribedPages.Select(p => p.Path).ToList(), report, repeat: rounds);
        output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "ocr-benchmark.txt"), report.ToString());
    }
}

/// <summary>A fact that runs only when OCR_MEASURE=1 and is reported as skipped otherwise.</summary>
public sealed class MeasurementFactAttribute : FactAttribute
{
    public MeasurementFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("OCR_MEASURE") != "1") Skip = "measurement: set OCR_MEASURE=1 to run";
    }
}
