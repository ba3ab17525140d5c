using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Evaluation;

/// <summary>
/// Minimum figures, one per measure (<see cref="Evaluator.Measures"/>: <c>field.issuer</c>, <c>units.role</c>,
/// <c>deadlines.dated</c> …), separately for the development set and the test split; below any of them
/// `pipeline eval` fails. A pooled figure hides a field that drops to zero, so every measure has its own.
/// File: <c>{"dev": {"field.type": 0.9, …}, "test": {…}}</c>. The older flat file (<c>fieldsStrict</c>,
/// <c>recipientsF1</c>, <c>tasksF1</c>, <c>unitRecall</c>, <c>deadlineAccuracy</c>) is read as dev thresholds.
/// A measure computed on no items (no dated task in a split) is not checked.
/// </summary>
public sealed class Thresholds
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Splits { get; }

    public Thresholds(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> splits) => Splits = splits;

    public static Thresholds Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidOperationException($"{path}: not a JSON object");
        if (root.ContainsKey("dev") || root.ContainsKey("test"))
        {
            var splits = new Dictionary<string, IReadOnlyDictionary<string, double>>();
            foreach (var (split, node) in root)
                if (node is JsonObject measures)
                    splits[split] = measures.Where(m => m.Value is JsonValue).ToDictionary(m => m.Key, m => m.Value!.GetValue<double>());
            return new Thresholds(splits);
        }
        var legacy = new Dictionary<string, double>();
        void Map(string from, string to) { if (root[from] is JsonValue v) legacy[to] = v.GetValue<double>(); }
        Map("fieldsStrict", "fields.strict");
        Map("fieldsLenient", "fields.lenient");
        Map("recipientsF1", "recipients.f1");
        Map("tasksF1", "tasks.f1");
        Map("unitRecall", "units.recall");
        Map("deadlineAccuracy", "deadlines.all");
        return new Thresholds(new Dictionary<string, IReadOnlyDictionary<string, double>> { ["dev"] = legacy });
    }

    /// <summary>Every measure of the split below its minimum, as a printable line.</summary>
    public List<string> Failures(Evaluator e, string split)
    {
        var failures = new List<string>();
        if (!Splits.TryGetValue(split, out var minimums)) return failures;
        var measures = e.Measures().ToDictionary(m => m.Name);
        foreach (var (name, min) in minimums)
        {
            if (!measures.TryGetValue(name, out var m)) { failures.Add($"{split}: unknown measure '{name}' in the thresholds file"); continue; }
            if (m.N == 0) continue;
            if (m.Value + 1e-9 < min) failures.Add($"{split}: {name} {m.Value:P1} is below the threshold {min:P1} (n = {m.N})");
        }
        return failures;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Serialize(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> splits) =>
        JsonSerializer.Serialize(splits, Indented);
}
