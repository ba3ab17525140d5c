using System.Runtime.InteropServices;
using Pipeline.Ocr.Native;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// Checks and describes the native OCR stack: the Debian libraries, the language data and the OpenMP
/// thread limit as the native code sees it (not the managed environment copy).
/// </summary>
public static class TesseractEnvironment
{
    /// <summary>Where Debian's tesseract-ocr-* packages put the language data.</summary>
    public const string DebianDataPath = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>
    /// TESSDATA_PREFIX when set (Tesseract's own convention), else the project's models (tessdata/ beside the
    /// binaries, from models/tessdata), else the Debian location.
    /// </summary>
    public static string DefaultDataPath =>
        Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix ? prefix : OcrModels.ProjectDataPath ?? DebianDataPath;

    /// <summary>Loads liblept, libtesseract and libgomp (thread limit first) or throws a missing-dependency error.</summary>
    public static void EnsureLibraries()
    {
        if (_loaded) return;
        NativeLoader.Require(NativeNames.LeptonicaSoname, "liblept5");
        NativeLoader.Require(NativeNames.TesseractSoname, "libtesseract5");
        NativeLoader.Require(NativeNames.GompSoname, "libgomp1");
        // Decoding failures become SourceExceptions; Leptonica's own stderr messages would only add noise.
        _ = Leptonica.SetMsgSeverity(Leptonica.SeverityNone); // returns the previous severity, not an error
        _loaded = true;
    }

    private static volatile bool _loaded;

    /// <summary>Throws a missing-dependency error unless <c>{language}.traineddata</c> is in the data path.</summary>
    public static void EnsureLanguage(string dataPath, string language)
    {
        foreach (var part in language.Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!File.Exists(Path.Combine(dataPath, part + ".traineddata")))
                throw MissingDependency.Language(part, dataPath, DebianLanguagePackage(part));
        }
    }

    /// <summary>Debian names language packages tesseract-ocr-{code}.</summary>
    public static string DebianLanguagePackage(string language) => language switch
    {
        // Script models live in tesseract-ocr-script-*. (The project ships its models in models/tessdata.)
        "Vietnamese" => "tesseract-ocr-script-viet",
        _ => "tesseract-ocr-" + language.Replace('_', '-').ToLowerInvariant(),
    };

    /// <summary>omp_get_thread_limit() from the libgomp libtesseract uses; 1 when the limit took effect.</summary>
    public static int NativeThreadLimit
    {
        get { EnsureLibraries(); return Gomp.GetThreadLimit(); }
    }

    /// <summary>OMP_THREAD_LIMIT as the C library's getenv sees it.</summary>
    public static string? NativeThreadLimitVariable
    {
        get { EnsureLibraries(); return LibC.GetEnvironmentVariable("OMP_THREAD_LIMIT"); }
    }

    public static string TesseractVersion
    {
        get { EnsureLibraries(); return Marshal.PtrToStringUTF8(Tesseract.Version()) ?? "?"; }
    }

    /// <summary>One line for logs and the benchmark header.</summary>
    public static string Describe()
    {
        EnsureLibraries();
        var warning = NativeLoader.GompLoadedBeforeLimit ? " (WARNING: libgomp was loaded before the limit was set)" : "";
        return $"tesseract {TesseractVersion}; native OMP_THREAD_LIMIT={NativeThreadLimitVariable ?? "unset"}; " +
               $"omp_get_thread_limit()={Gomp.GetThreadLimit()}; omp_get_max_threads()={Gomp.GetMaxThreads()}; " +
               $"tessdata={DefaultDataPath}{warning}";
    }
}
