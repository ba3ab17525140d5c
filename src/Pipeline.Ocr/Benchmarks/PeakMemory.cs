namespace Pipeline.Ocr.Benchmarks;

/// <summary>Peak resident memory of this process, from /proc/self/status (VmHWM, "high water mark").</summary>
public static class PeakMemory
{
    public static long? ProcessPeakBytes() => ProcessPeakBytes(null);

    /// <summary>VmHWM of another process, or null once it has exited.</summary>
    public static long? ProcessPeakBytes(int? processId)
    {
        try
        {
            var line = File.ReadLines(processId is null ? "/proc/self/status" : $"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is null) return null;
            var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]);
            return kilobytes * 1024;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    public static long? CurrentResidentBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { return null; }
    }

    public static string Mebibytes(long? bytes) => bytes is null ? "n/a" : $"{bytes.Value / 1048576.0:0} MiB";
}
