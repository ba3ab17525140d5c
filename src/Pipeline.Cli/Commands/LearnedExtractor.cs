using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Ml.Training;

namespace Pipeline.Cli.Commands;

/// <summary>
/// The extractor for `--models DIR`: the three learned models loaded once at start (rules + line-role model,
/// directive-item model, unit-role model) composed into the rules-only extractor's pipeline (same readers,
/// vocabulary and clock); without the option, the rules-only extractor.
/// </summary>
public static class LearnedExtractor
{
    public static DocumentExtractor Choose(string? modelsDir, DocumentExtractor rulesOnly, TextWriter stderr)
    {
        if (modelsDir is null) return rulesOnly;
        if (!ModelStore.Exists(modelsDir))
            throw new UsageException($"--models {modelsDir}: no {ModelStore.ManifestFile} there (give the models folder, e.g. `--models models`, or run `pipeline train`)");
        var models = ModelStore.Load(modelsDir, out var elapsed);
        var manifest = ModelManifest.FromJson(File.ReadAllText(Path.Combine(modelsDir, ModelStore.ManifestFile)));
        stderr.WriteLine($"models loaded from {modelsDir} in {elapsed.TotalMilliseconds:F0} ms");
        return rulesOnly.ToBuilder()
            .UseLineRoles(models.LineRoleClassifier)
            .UseTaskClassifiers(models.TaskClassifiers)
            .UseModels(new ModelsInfo(manifest.DataHash, manifest.TrainedAt))
            .Build();
    }
}
