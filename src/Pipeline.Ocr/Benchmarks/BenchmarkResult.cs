namespace Pipeline.Ocr.Benchmarks;

/// <summary>Figures of one benchmark run.</summary>
/// <param name="Pages">Pages OCR'd by each side.</param>
/// <param name="Workers">Engines in the pool, and concurrent tesseract processes.</param>
/// <param name="PipelinePagesPerSecond">Our pool: decode, prepare, recognise, assemble lines.</param>
/// <param name="CliPagesPerSecond">tesseract CLI, one process per page, OMP_THREAD_LIMIT=1, one process per core.</param>
/// <param name="PipelinePeakBytes">Peak resident size of this process (VmHWM), null when unknown.</param>
/// <param name="CliPeakBytes">Largest peak resident size of one tesseract process, null when unknown.</param>
public sealed record BenchmarkResult(
    int Pages,
    int Workers,
    double PipelinePagesPerSecond,
    double CliPagesPerSecond,
    long? PipelinePeakBytes,
    long? CliPeakBytes)
{
    /// <summary>Pipeline throughput over CLI throughput; the goal is at least 0.95.</summary>
    public double Ratio => CliPagesPerSecond <= 0 ? double.NaN : PipelinePagesPerSecond / CliPagesPerSecond;
}
