using System.Diagnostics;
using System.Globalization;
using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Readers;
using Pipeline.Sources;

namespace Pipeline.Ocr.Benchmarks;

/// <summary>
/// OCRs the same page images with our engine pool and with the tesseract CLI run the fastest sensible way
/// (OMP_THREAD_LIMIT=1, one process per core, the same tessdata, languages, engine mode and resolution policy) in the same run,
/// and prints pages per second for both, their ratio and peak memory, and the pages per second of the configuration
/// before issue 11 (<see cref="PreviousConfiguration"/>). Exposed by the CLI as <c>bench-ocr</c>.
/// </summary>
public static class OcrBenchmark
{
    /// <param name="pageImagePaths">Page images (PNG, JPEG, TIFF, BMP); each counts as one page.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="repeat">Rounds: each side processes the list once per round, the side going first alternating.</param>
    /// <param name="workers">Engines and CLI processes at once; defaults to the processor count.</param>
    /// <param name="tesseractExecutable">The reference CLI.</param>
    public static BenchmarkResult Run(IReadOnlyList<string> pageImagePaths, TextWriter output, int repeat = 1, int? workers = null,
        string tesseractExecutable = "tesseract")
    {
        if (pageImagePaths.Count == 0) throw new ArgumentException("no page images given", nameof(pageImagePaths));
        var count = workers ?? Environment.ProcessorCount;
        var files = Enumerable.Repeat(pageImagePaths, Math.Max(1, repeat)).SelectMany(p => p).ToList();
        TesseractEnvironment.EnsureLibraries();
        output.WriteLine(TesseractEnvironment.Describe());
        output.WriteLine($"{files.Count} pages ({pageImagePaths.Count} images x {Math.Max(1, repeat)}), {count} workers, {Environment.ProcessorCount} cores");

        // Rounds alternate which side goes first, so load from other processes on the machine falls on both alike.
        var rounds = Math.Max(1, repeat);
        double pipelineSeconds = 0, cliSeconds = 0, previousSeconds = 0;
        var cliPeakSampled = 0L;
        var options = new OcrOptions { Workers = count };
        using var cliInputs = CliInputs.Prepare(pageImagePaths);
        output.WriteLine($"models: {OcrModels.Describe(options.DataPath, options.Language, options.EngineMode)}; cli: {string.Join(' ', CliArguments(options, "<page>", cliInputs[pageImagePaths[0]].Dpi))} (dpi only at >= {options.Preparation.EstimateResolutionBelowDpi})");
        using (var pool = new OcrEnginePool(options))
        using (var previous = new OcrEnginePool(PreviousConfiguration with { Workers = count }))
        {
            for (var round = 0; round < rounds; round++)
            {
                void Pipeline() => pipelineSeconds += RunPipeline(pageImagePaths, pool);
                void Cli() => cliSeconds += RunCli(pageImagePaths, cliInputs, options, count, tesseractExecutable, peak => InterlockedMax(ref cliPeakSampled, peak));
                if (round % 2 == 0) { Pipeline(); Cli(); } else { Cli(); Pipeline(); }
                previousSeconds += RunPipeline(pageImagePaths, previous);
            }
        }
        var pipelinePeak = PeakMemory.ProcessPeakBytes();
        long? cliPeak = cliPeakSampled > 0 ? cliPeakSampled : null;

        var result = new BenchmarkResult(files.Count, count, files.Count / pipelineSeconds, files.Count / cliSeconds, pipelinePeak, cliPeak);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pipeline : {result.PipelinePagesPerSecond:0.000} pages/s ({pipelineSeconds:0.0} s), peak RSS of this process {PeakMemory.Mebibytes(pipelinePeak)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cli      : {result.CliPagesPerSecond:0.000} pages/s ({cliSeconds:0.0} s), peak RSS of one tesseract process {PeakMemory.Mebibytes(cliPeak)} (sampled), x{count} processes at once"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio    : {result.Ratio:0.00} (pipeline / cli; goal >= 0.95)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"previous : {files.Count / previousSeconds:0.000} pages/s ({previousSeconds:0.0} s): the configuration before issue 11 (Debian vie, default engine, generic order, no language model); new / previous = {previousSeconds / pipelineSeconds:0.00}"));
        return result;
    }

    /// <summary>
    /// Documents read concurrently through the image reader, sharing one pool. The engines are created in the
    /// first round, so model loading is timed once, as in a real run.
    /// </summary>
    private static double RunPipeline(IReadOnlyList<string> files, OcrEnginePool pool)
    {
        var clock = Stopwatch.StartNew();
        var reader = new ImageSourceReader(pool);
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = pool.Workers },
            path => reader.Read(SourceFile.Load(path)));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Before issue 11: Debian's fast vie alone, Tesseract's default engine mode, 200 dpi told, pages below 200 dpi upsampled, no administrative order, typography or language model.</summary>
    public static OcrOptions PreviousConfiguration { get; } = new()
    {
        Language = "vie",
        DataPath = TesseractEnvironment.DebianDataPath,
        EngineMode = 3,
        Preparation = ImagePreparation.Default with { Resample = true, EstimateResolutionBelowDpi = 0 },
        AdministrativeOrder = false,
        Typography = false,
        Corrector = null,
    };

    /// <summary>The CLI with the pool's models and settings: same tessdata, languages, engine mode, page segmentation; --dpi only where the pool tells one.</summary>
    private static List<string> CliArguments(OcrOptions options, string input, int dpi)
    {
        var args = new List<string> { input, "stdout", "--tessdata-dir", options.DataPath, "-l", options.Language,
            "--oem", options.EngineMode.ToString(CultureInfo.InvariantCulture), "--psm", options.PageSegmentationMode.ToString(CultureInfo.InvariantCulture) };
        if (dpi >= options.Preparation.EstimateResolutionBelowDpi) args.AddRange(["--dpi", dpi.ToString(CultureInfo.InvariantCulture)]);
        return args;
    }

    /// <summary>One tesseract process per page, <paramref name="workers"/> at a time, each limited to one OpenMP thread.</summary>
    private static double RunCli(IReadOnlyList<string> files, CliInputs inputs, OcrOptions options, int workers, string executable, Action<long> reportPeak)
    {
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, path =>
        {
            var info = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var (input, dpi) = inputs[path];
            foreach (var arg in CliArguments(options, input, dpi)) info.ArgumentList.Add(arg);
            info.Environment["OMP_THREAD_LIMIT"] = "1";
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"{executable} did not start");
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEndAsync();
            // VmHWM only grows, so the last reading before exit is (close to) the process's peak.
            while (!process.WaitForExit(50)) reportPeak(PeakMemory.ProcessPeakBytes(process.Id) ?? 0);
            _ = text.Result;
            if (process.ExitCode != 0) throw new InvalidOperationException($"{executable} failed on {path}: {error.Result}");
        });
        return clock.Elapsed.TotalSeconds;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
