using System.Text.Json;
using Pipeline.Ocr.Engine;

namespace Pipeline.Ocr.Tests;

/// <summary>
/// Tesseract's raw results of the nine transcribed pages, recognised once per test run (they feed every stage of
/// the CER measurement). With OCR_RAW_CACHE=dir they are also kept on disk between runs, for working on the
/// text stages without re-running Tesseract; the cache key holds the model description.
/// </summary>
internal static class RawCache
{
    private static IReadOnlyDictionary<string, OcrPageResult>? _loaded;
    private static readonly Lock Gate = new();

    /// <summary>Recognised once per test run (the tests of the OCR collection run one after another).</summary>
    public static IReadOnlyDictionary<string, OcrPageResult> Load(OcrEnginePool pool)
    {
        lock (Gate) return _loaded ??= LoadOrRecognise(pool);
    }

    private static Dictionary<string, OcrPageResult> LoadOrRecognise(OcrEnginePool pool)
    {
        var pages = Corpus.TranscribedPages.ToList();
        var dir = Environment.GetEnvironmentVariable("OCR_RAW_CACHE");
        var key = OcrModels.Describe(pool.Options.DataPath, pool.Options.Language, pool.Options.EngineMode) + pool.Options.Preparation;
        var file = dir is null ? null : Path.Combine(dir, $"raw-{StableHash(key)}.json");
        if (file is not null && File.Exists(file))
            return JsonSerializer.Deserialize<Dictionary<string, OcrPageResult>>(File.ReadAllText(file))!;
        var raws = pool.Map(pages, (engine, p) => PageRecognizer.RecognizeRaw(engine, p.Path, pool.Options));
        var result = pages.Select((p, i) => (p.Id, raws[i])).ToDictionary(x => x.Id, x => x.Item2);
        if (file is not null) { Directory.CreateDirectory(dir!); File.WriteAllText(file, JsonSerializer.Serialize(result)); }
        return result;
    }

    private static string StableHash(string s) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)))[..12];
}
