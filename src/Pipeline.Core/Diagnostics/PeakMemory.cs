using System.Diagnostics;

namespace Pipeline.Diagnostics;

/// <summary>
/// Resident memory from /proc/&lt;pid&gt;/status: VmHWM (the kernel's exact high-water mark) and VmRSS. The one
/// place benchmarks (ingest, extract, bench-text, bench-ocr) read memory from.
/// </summary>
public static class PeakMemory
{
    /// <summary>This process's peak resident bytes; Process.PeakWorkingSet64 where /proc is not available.</summary>
    public static long Bytes()
    {
        if (ProcessPeakBytes() is { } peak) return peak;
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>VmHWM of this process, or of another one (null once it has exited).</summary>
    public static long? ProcessPeakBytes(int? processId = null) => Read(processId, "VmHWM:");

    public static long? CurrentResidentBytes() => Read(null, "VmRSS:");

    /// <summary>
    /// Starts a new peak (Linux resets VmHWM to the resident size when "5" is written to clear_refs) and returns the
    /// resident bytes then, so a run inside a longer-lived process (a test host) can be measured by its growth; null
    /// where the peak cannot be reset.
    /// </summary>
    public static long? ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return CurrentResidentBytes();
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    public static string Mebibytes(long? bytes) => bytes is null ? "n/a" : $"{bytes.Value / 1048576.0:0} MiB";

    private static long? Read(int? processId, string field)
    {
        try
        {
            var line = File.ReadLines(processId is null ? "/proc/self/status" : $"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
