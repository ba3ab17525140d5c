using System.Runtime.InteropServices;

namespace Pipeline.Ocr.Native;

/// <summary>GNU OpenMP runtime, the one libtesseract links; asked only to prove the thread limit took effect.</summary>
internal static partial class Gomp
{
    [LibraryImport(NativeNames.Gomp, EntryPoint = "omp_get_thread_limit")]
    public static partial int GetThreadLimit();

    [LibraryImport(NativeNames.Gomp, EntryPoint = "omp_get_max_threads")]
    public static partial int GetMaxThreads();
}
