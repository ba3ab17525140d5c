using Pipeline.Ml.Features;

namespace Pipeline.Ml.Training;

/// <summary>
/// Trains the three models from <see cref="TrainingData"/>. Deterministic: fixed seeds for the ML context and the
/// noise, one SDCA thread, training rows in a fixed order (documents in ordinal order of their stems).
/// </summary>
public static class ModelTrainer
{
    public sealed record Trained(ModelSet Models, IReadOnlyList<ModelManifest.Entry> Entries);

    public static Trained Train(TrainingData data, TrainingOptions options)
    {
        var lineRows = LineRoleExamples.Build(data.LineDocuments, data.Extractor.Rules.Recognizer, options.NoisyCopies, options.Seed);
        var lines = MulticlassModel.Train(lineRows, LineFeatures.Length, options.Iterations);
        var taskRows = TaskExamples.Build(data.TaskDocumentsWithNoise(options), data.Extractor);
        var directives = MulticlassModel.Train(taskRows.Directives, DirectiveFeatures.Length, options.Iterations);
        var units = MulticlassModel.Train(taskRows.Units, UnitFeatures.Length, options.Iterations);
        var entries = new List<ModelManifest.Entry>
        {
            Entry(ModelStore.LineRolesFile, "line role", lines, lineRows),
            Entry(ModelStore.DirectivesFile, "directive item: Task / Target / NotDirective", directives, taskRows.Directives),
            Entry(ModelStore.UnitsFile, "unit role: Lead / Support / Addressee / MentionedOnly", units, taskRows.Units),
        };
        return new Trained(new ModelSet(lines, directives, units, options), entries);
    }

    private static ModelManifest.Entry Entry(string file, string task, MulticlassModel model, List<FeatureRow> rows)
    {
        var predicted = model.Predict(rows.Select(r => r.Features).ToList());
        var correct = rows.Where((r, i) => predicted[i].Label == r.Label).Count();
        var perClass = rows.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        return new ModelManifest.Entry(file, task, rows.Count, model.Labels, Math.Round(correct / (double)Math.Max(1, rows.Count), 4), perClass);
    }
}
