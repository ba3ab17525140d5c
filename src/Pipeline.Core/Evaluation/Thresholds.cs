using System.Text.Json;

namespace Pipeline.Evaluation;

/// <summary>Minimum figures the evaluation must reach; below any of them `pipeline eval` fails.</summary>
public sealed record Thresholds(double FieldsStrict, double FieldsLenient, double RecipientsF1, double TasksF1, double UnitRecall, double DeadlineAccuracy)
{
    public static Thresholds Load(string path) =>
        JsonSerializer.Deserialize<Thresholds>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })
        ?? throw new InvalidOperationException($"{path}: empty thresholds");

    public List<string> Failures(Evaluator e)
    {
        var failures = new List<string>();
        void Check(string name, double value, double min) { if (value + 1e-9 < min) failures.Add($"{name} {value:P1} is below the threshold {min:P1}"); }
        Check("fields (strict)", e.OverallStrict, FieldsStrict);
        Check("fields (lenient)", e.OverallLenient, FieldsLenient);
        Check("recipient F1", e.Recipients.F1, RecipientsF1);
        Check("task F1", e.Tasks.F1, TasksF1);
        Check("unit recall", e.Units.Recall, UnitRecall);
        Check("deadline accuracy", e.Deadlines.Strict, DeadlineAccuracy);
        return failures;
    }
}
