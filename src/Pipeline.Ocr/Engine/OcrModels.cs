using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// The project's own Tesseract data folder (models/tessdata, copied next to the binaries as tessdata/) and a
/// short description of the model files an engine loads, for the record's warnings: which models read a page
/// must be visible in what the pipeline writes, since another model gives another text.
/// </summary>
public static class OcrModels
{
    /// <summary>The languages the pipeline initialises: tessdata_best_int "vie" and the "Vietnamese" script model.</summary>
    public const string DefaultLanguage = "vie+Vietnamese";

    /// <summary>tesseract::OEM_LSTM_ONLY: both models are LSTM models (the best_int vie has no legacy part).</summary>
    public const int LstmOnly = 1;

    /// <summary>tessdata/ beside the binaries when it holds the project's models, else null.</summary>
    public static string? ProjectDataPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "tessdata");
            return File.Exists(Path.Combine(path, "vie.traineddata")) && File.Exists(Path.Combine(path, "Vietnamese.traineddata")) ? path : null;
        }
    }

    private static readonly ConcurrentDictionary<string, string> Hashes = new();

    /// <summary>E.g. <c>vie.traineddata sha256:112f6fd1d04a + Vietnamese.traineddata sha256:30546eea6184 (LSTM)</c>.</summary>
    public static string Describe(string dataPath, string language, int engineMode) =>
        string.Join(" + ", language.Split('+', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var file = Path.Combine(dataPath, part + ".traineddata");
            return $"{part}.traineddata sha256:{Hashes.GetOrAdd(file, ShortHash)}";
        })) + (engineMode == LstmOnly ? " (LSTM)" : $" (engine mode {engineMode})") + $" from {dataPath}";

    private static string ShortHash(string file)
    {
        if (!File.Exists(file)) return "missing";
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }
}
