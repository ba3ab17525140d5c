using Pipeline.Evaluation;

namespace Pipeline.Ml.Evaluation;

/// <summary>The ablation as a markdown table (pasted into README.md), four columns per slice.</summary>
public static class AblationReport
{
    public static void Print(IReadOnlyList<Ablation.Slice> slices, TextWriter w)
    {
        w.Write("| measure |");
        foreach (var s in slices) w.Write($" {s.Name}: rules | {s.Name}: rules + task models | {s.Name}: rules + task models + body roles | {s.Name}: rules + all models |");
        w.WriteLine();
        w.Write("| --- |");
        foreach (var _ in slices) w.Write(" ---: | ---: | ---: | ---: |");
        w.WriteLine();
        Row(w, slices, "documents", e => e.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(w, slices, "header/foot fields, strict", e => $"{e.OverallStrict:P1}");
        Row(w, slices, "recipients F1", e => $"{e.Recipients.F1:P1} ({e.Recipients.Matched}/{e.Recipients.Expected}/{e.Recipients.Predicted})");
        Row(w, slices, "tasks P", e => $"{e.Tasks.Precision:P1}");
        Row(w, slices, "tasks R", e => $"{e.Tasks.Recall:P1}");
        Row(w, slices, "tasks F1", e => $"{e.Tasks.F1:P1} ({e.Tasks.Matched}/{e.Tasks.Expected}/{e.Tasks.Predicted})");
        Row(w, slices, "unit recall", e => $"{e.Units.Recall:P1}");
        Row(w, slices, "unit precision", e => $"{e.Units.Precision:P1}");
        Row(w, slices, "unit F1", e => $"{e.Units.F1:P1}");
        Row(w, slices, "deadline accuracy", e => $"{e.Deadlines.Strict:P1}");
        Row(w, slices, "kind accuracy", e => $"{e.Kinds.Strict:P1}");
    }

    private static void Row(TextWriter w, IReadOnlyList<Ablation.Slice> slices, string name, Func<Evaluator, string> cell)
    {
        w.Write($"| {name} |");
        foreach (var s in slices) w.Write($" {cell(s.Rules)} | {cell(s.TaskModels)} | {cell(s.BodyModels)} | {cell(s.Models)} |");
        w.WriteLine();
    }
}
