using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Ingestion.Isolation;

/// <summary>
/// How to start one `pipeline worker`: the program, its arguments (the document limits) and its memory ceiling.
/// The managed heap is capped by <c>DOTNET_GCHeapHardLimit</c> at three quarters of the ceiling, so ordinary
/// growth ends as a clean out-of-memory reply; the parent kills a worker whose resident memory (native
/// libraries included) passes the whole ceiling.
/// </summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments, long MaxMemoryBytes)
{
    public const long DefaultMaxMemoryBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The `pipeline` assembly beside this one, run by the same dotnet host (the CLI, or a test run).</summary>
    public static WorkerLaunch ForPipeline(IngestLimits limits, long maxMemoryBytes = DefaultMaxMemoryBytes, IReadOnlyList<string>? modelArguments = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");
        var self = Environment.ProcessPath;
        var host = self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        // The workers extract with what the parent was asked for: the same learned models, or (when nothing is said,
        // as for a library caller whose own extractor is the rules-only default) the rules alone.
        return new WorkerLaunch(host, [dll, .. WorkerArguments(limits), .. modelArguments ?? ["--rules-only"]], maxMemoryBytes);
    }

    /// <summary>The `worker` command line after the program: the limits the worker applies to each document.</summary>
    public static IReadOnlyList<string> WorkerArguments(IngestLimits limits) =>
    [
        "worker",
        "--timeout", limits.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        "--max-pages", limits.MaxPages.ToString(CultureInfo.InvariantCulture),
        "--max-bytes", limits.MaxBytes.ToString(CultureInfo.InvariantCulture),
    ];

    public ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo(FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (var argument in Arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (MaxMemoryBytes / 4 * 3).ToString("X", CultureInfo.InvariantCulture);
        // Tiered compilation's background threads and a server GC's heaps per core only cost memory in a worker.
        start.Environment["DOTNET_gcServer"] = "0";
        return start;
    }
}
