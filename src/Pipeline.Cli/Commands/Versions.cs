using Pipeline.Extraction;
using Pipeline.Ml.Training;
using Pipeline.Records;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline --version`: the extractor, the record contract and the models an extraction uses by default.</summary>
public static class Versions
{
    public static IEnumerable<string> Describe(DocumentExtractor extractor, string? modelsDir = null)
    {
        modelsDir ??= ModelChoice.ShippedDir;
        var info = extractor.Info;
        yield return $"pipeline {info.Version}";
        yield return $"schema {DocumentRecord.CurrentSchemaVersion} (schema/document-{DocumentRecord.CurrentSchemaVersion}.schema.json; additions only since 1.0)";
        yield return $"line roles: {info.LineRoles} by default";
        if (ModelStore.Exists(modelsDir))
        {
            var manifest = ModelManifest.FromJson(File.ReadAllText(Path.Combine(modelsDir, ModelStore.ManifestFile)));
            yield return $"models ({modelsDir}/, deciding tasks and unit roles by default; --rules-only for none): dataHash {manifest.DataHash[..12]}, trained {manifest.TrainedAt}, {string.Join(", ", manifest.Models.Select(m => m.File))}";
        }
        else yield return $"models: none in {modelsDir}/ (rules only)";
    }
}
