using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.Ocr.Native;

/// <summary>
/// Loads the native libraries in an order we control. libgomp reads OMP_THREAD_LIMIT once, in its load-time
/// constructor, and libtesseract pulls libgomp in; so the C environment variable is set with libc setenv
/// before the first of them is loaded. Without it every engine spawns one OpenMP thread per core and two
/// engines on two cores run several times slower than one thread each.
/// </summary>
internal static unsafe class NativeLoader
{
    private static readonly Lock Gate = new();
    private static IntPtr _libc, _leptonica, _tesseract, _gomp;
    private static bool _threadLimitSet;

    /// <summary>True when libgomp was already mapped into the process before we set the limit (then it may not apply).</summary>
    public static bool GompLoadedBeforeLimit { get; private set; }

    // A module initializer is the one hook guaranteed to run before any import of this assembly binds.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void RegisterResolver() =>
        NativeLibrary.SetDllImportResolver(typeof(NativeLoader).Assembly, Resolve);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) => name switch
    {
        NativeNames.LibC => LoadLibC(),
        NativeNames.Leptonica => TryLoad(ref _leptonica, NativeNames.LeptonicaSoname),
        NativeNames.Tesseract => TryLoad(ref _tesseract, NativeNames.TesseractSoname),
        NativeNames.Gomp => TryLoad(ref _gomp, NativeNames.GompSoname),
        _ => IntPtr.Zero,
    };

    /// <summary>Loads one library after making sure the OpenMP limit is in the C environment; zero when absent.</summary>
    private static IntPtr TryLoad(ref IntPtr slot, string soname)
    {
        lock (Gate)
        {
            if (slot != IntPtr.Zero) return slot;
            SetThreadLimit();
            NativeLibrary.TryLoad(soname, out slot);
            return slot;
        }
    }

    /// <summary>Loads a library or throws the missing-dependency error naming the Debian package.</summary>
    public static void Require(string soname, string debianPackage)
    {
        var handle = soname switch
        {
            NativeNames.LeptonicaSoname => TryLoad(ref _leptonica, soname),
            NativeNames.TesseractSoname => TryLoad(ref _tesseract, soname),
            NativeNames.GompSoname => TryLoad(ref _gomp, soname),
            _ => throw new ArgumentOutOfRangeException(nameof(soname)),
        };
        if (handle == IntPtr.Zero) throw MissingDependency.Library(soname, debianPackage);
    }

    private static IntPtr LoadLibC()
    {
        lock (Gate)
        {
            if (_libc == IntPtr.Zero) NativeLibrary.TryLoad(NativeNames.LibCSoname, out _libc);
            return _libc;
        }
    }

    /// <summary>
    /// setenv("OMP_THREAD_LIMIT", "1") through a raw function pointer, so it does not re-enter this resolver.
    /// One OpenMP thread per engine; parallelism comes from running one engine per core instead.
    /// </summary>
    private static void SetThreadLimit()
    {
        if (_threadLimitSet) return;
        GompLoadedBeforeLimit = IsMapped(NativeNames.GompSoname);
        var libc = LoadLibC();
        if (libc != IntPtr.Zero && NativeLibrary.TryGetExport(libc, "setenv", out var setenv))
        {
            var name = "OMP_THREAD_LIMIT\0"u8;
            var value = "1\0"u8;
            fixed (byte* n = name)
            fixed (byte* v = value)
                ((delegate* unmanaged<byte*, byte*, int, int>)setenv)(n, v, 1);
        }
        _threadLimitSet = true;
    }

    private static bool IsMapped(string soname)
    {
        try { return File.ReadLines("/proc/self/maps").Any(l => l.Contains(soname, StringComparison.Ordinal)); }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
