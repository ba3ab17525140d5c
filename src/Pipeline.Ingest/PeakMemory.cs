using System.Diagnostics;

namespace Pipeline.Ingestion;

/// <summary>
/// The process's peak resident memory: VmHWM from /proc/self/status on Linux (the kernel's high-water mark,
/// exact), else Process.PeakWorkingSet64.
/// </summary>
public static class PeakMemory
{
    public static long Bytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return StatusLine.Kilobytes(line) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
