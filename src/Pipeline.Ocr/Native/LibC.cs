using System.Runtime.InteropServices;

namespace Pipeline.Ocr.Native;

/// <summary>
/// The C library's environment. On Linux <see cref="Environment.SetEnvironmentVariable(string, string)"/>
/// only changes the managed copy, so native code (libgomp reading OMP_THREAD_LIMIT) never sees it.
/// </summary>
internal static partial class LibC
{
    [LibraryImport(NativeNames.LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport(NativeNames.LibC, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr GetEnv(string name);

    /// <summary>Returns freed heap memory to the kernel, so a resident-size reading shows live memory, not allocator caches.</summary>
    [LibraryImport(NativeNames.LibC, EntryPoint = "malloc_trim")]
    public static partial int MallocTrim(nuint pad);

    public static string? GetEnvironmentVariable(string name)
    {
        var value = GetEnv(name);
        return value == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(value);
    }
}
