using System.Runtime.InteropServices;

namespace Pipeline.Ocr.Native;

/// <summary>getrusage(2): the peak resident size of finished child processes (the tesseract CLI runs).</summary>
internal static unsafe partial class ResourceUsage
{
    private const int Children = -1; // RUSAGE_CHILDREN

    [LibraryImport(NativeNames.LibC, EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, byte* usage);

    /// <summary>Largest maximum resident set size among waited-for children, in bytes; null when unavailable.</summary>
    public static long? ChildrenPeakResidentBytes()
    {
        // struct rusage on x86_64/aarch64 Linux: two timevals (32 bytes), then long ru_maxrss in kilobytes.
        var buffer = stackalloc byte[256];
        if (GetRUsage(Children, buffer) != 0) return null;
        return *(long*)(buffer + 32) * 1024;
    }
}
