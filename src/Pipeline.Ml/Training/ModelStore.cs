using System.Diagnostics;

namespace Pipeline.Ml.Training;

/// <summary>
/// Saves and loads the model set: models/line-roles.zip, directives.zip, unit-roles.zip and manifest.json.
/// Models are loaded once at start; nothing is loaded per document or per line.
/// </summary>
public static class ModelStore
{
    public const string LineRolesFile = "line-roles.zip";
    public const string DirectivesFile = "directives.zip";
    public const string UnitsFile = "unit-roles.zip";
    public const string ManifestFile = "manifest.json";

    public static void Save(string dir, ModelTrainer.Trained trained, ModelManifest manifest)
    {
        Directory.CreateDirectory(dir);
        trained.Models.LineRoles.Save(Path.Combine(dir, LineRolesFile));
        trained.Models.Directives.Save(Path.Combine(dir, DirectivesFile));
        trained.Models.Units.Save(Path.Combine(dir, UnitsFile));
        File.WriteAllText(Path.Combine(dir, ManifestFile), manifest.ToJson() + "\n");
    }

    public static bool Exists(string dir) => File.Exists(Path.Combine(dir, ManifestFile));

    /// <summary>
    /// Loads all three models, in parallel (most of the time is ML.NET's first-use start-up, which overlaps);
    /// <paramref name="elapsed"/> is the wall time it took.
    /// </summary>
    public static ModelSet Load(string dir, out TimeSpan elapsed)
    {
        var watch = Stopwatch.StartNew();
        var manifest = ModelManifest.FromJson(File.ReadAllText(Path.Combine(dir, ManifestFile)));
        var files = new[] { LineRolesFile, DirectivesFile, UnitsFile };
        var models = files.Select(f => Task.Run(() => MulticlassModel.Load(Path.Combine(dir, f)))).ToArray();
        Task.WaitAll(models);
        var set = new ModelSet(models[0].Result, models[1].Result, models[2].Result, manifest.Options);
        elapsed = watch.Elapsed;
        return set;
    }
}
