using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Ml.Training;

namespace Pipeline.Cli.Commands;

/// <summary>
/// The extractor for a <see cref="ModelChoice"/>: the learned models loaded once at start (the directive-item and
/// unit-role models, and with `--model-stages all` the line-role model) composed into the rules-only extractor's
/// pipeline (same readers, vocabulary and clock); with `--rules-only`, the rules-only extractor.
/// </summary>
public static class LearnedExtractor
{
    public static DocumentExtractor Choose(ModelChoice choice, DocumentExtractor rulesOnly, TextWriter stderr)
    {
        if (choice.Dir is not { } modelsDir) return rulesOnly;
        if (!ModelStore.Exists(modelsDir))
            throw new UsageException($"--models {modelsDir}: no {ModelStore.ManifestFile} there (give the models folder, e.g. `--models models`, or run `pipeline train`)");
        var models = ModelStore.Load(modelsDir, out var elapsed);
        var manifest = ModelManifest.FromJson(File.ReadAllText(Path.Combine(modelsDir, ModelStore.ManifestFile)));
        stderr.WriteLine($"models ({choice.Stages.ToString().ToLowerInvariant()}) loaded from {modelsDir} in {elapsed.TotalMilliseconds:F0} ms");
        var builder = rulesOnly.ToBuilder();
        if (choice.Stages == ModelStages.All) builder.UseLineRoles(models.LineRoleClassifier);
        if (choice.Stages == ModelStages.Body) builder.UseLineRoles(models.BodyLineRoleClassifier);
        return builder
            .UseTaskClassifiers(models.TaskClassifiers)
            .UseModels(new ModelsInfo(manifest.DataHash, manifest.TrainedAt))
            .Build();
    }
}
