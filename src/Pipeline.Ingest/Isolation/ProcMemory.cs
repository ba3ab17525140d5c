namespace Pipeline.Ingestion.Isolation;

/// <summary>Resident and peak resident memory of a process from /proc/&lt;pid&gt;/status (Linux); zeros elsewhere or once it is gone.</summary>
internal static class ProcMemory
{
    public static (long Resident, long Peak) Read(int pid)
    {
        long resident = 0, peak = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) resident = StatusLine.Kilobytes(line) * 1024;
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = StatusLine.Kilobytes(line) * 1024;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return (resident, peak);
    }
}
