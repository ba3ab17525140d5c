using System.Text.Json;
using Pipeline.Records;
using Pipeline.Sources;

namespace Pipeline.Review.Intake;

/// <summary>
/// Loads a finished `pipeline ingest` folder: every records/&lt;sha256&gt;.json, with its input (the first of
/// status/&lt;sha256&gt;.json's paths that still exists and has the same content) for the page images.
/// </summary>
public sealed class BatchImporter(DocumentIntake intake)
{
    public (int Imported, int Failed) Import(string outDir, TextWriter stdout, TextWriter stderr)
    {
        var recordsDir = Path.Combine(outDir, "records");
        if (!Directory.Exists(recordsDir)) throw new DirectoryNotFoundException($"{outDir}: no records/ folder (is it the output of `pipeline ingest`?)");
        int imported = 0, failed = 0;
        foreach (var path in Directory.EnumerateFiles(recordsDir, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var record = RecordJson.Deserialize(File.ReadAllText(path));
                intake.Import(record, FindInput(outDir, record));
                imported++;
            }
            catch (Exception e) when (e is JsonException or IOException or SourceException or InvalidOperationException)
            {
                failed++;
                stderr.WriteLine($"error: {path}: {e.Message}");
            }
        }
        stdout.WriteLine($"{imported} records imported, {failed} failed");
        return (imported, failed);
    }

    private static SourceFile? FindInput(string outDir, DocumentRecord record)
    {
        var status = Path.Combine(outDir, "status", record.Source.Sha256 + ".json");
        if (!File.Exists(status)) return null;
        using var doc = JsonDocument.Parse(File.ReadAllText(status));
        if (!doc.RootElement.TryGetProperty("paths", out var paths)) return null;
        foreach (var p in paths.EnumerateArray().Select(p => p.GetString()).OfType<string>())
        {
            if (!File.Exists(p)) continue;
            var file = SourceFile.Load(p);
            if (file.Sha256 == record.Source.Sha256) return file;
        }
        return null;
    }
}
