using System.Globalization;
using Pipeline.Evaluation;

namespace Pipeline.Ml.Evaluation;

/// <summary>
/// The ablation per rendering and per level, as markdown tables (docs/models.md): for each slice (text, noisy text,
/// OCR) one row per group, the four extractors side by side (rules / task models / default: task models + body roles /
/// all models) for tasks F1 (P / R), unit recall and precision, and header/foot fields. Held out by document group,
/// these are the per-rendering figures to believe besides the frozen test split's.
/// </summary>
public static class AblationGroupReport
{
    public static void Print(IReadOnlyList<Ablation.Slice> slices, TextWriter w)
    {
        foreach (var slice in slices)
        {
            Table(w, $"{slice.Name}, by rendering", slice.ByRendering.Values.Append(slice with { Name = "all" }));
            Table(w, $"{slice.Name}, by level", slice.ByLevel.Values);
        }
    }

    private static void Table(TextWriter w, string title, IEnumerable<Ablation.Slice> groups)
    {
        w.WriteLine();
        w.WriteLine($"{title} (each cell: rules / task models / default / all models)");
        w.WriteLine();
        w.WriteLine("| group | docs | tasks | tasks F1 | tasks P | tasks R | unit R | unit P | fields strict |");
        w.WriteLine("| --- | ---: | ---: | --- | --- | --- | --- | --- | --- |");
        foreach (var g in groups)
            w.WriteLine($"| {g.Name} | {g.Rules.Documents} | {g.Rules.Tasks.Expected} | {Four(g, e => e.Tasks.F1)} | {Four(g, e => e.Tasks.Precision)} | "
                + $"{Four(g, e => e.Tasks.Recall)} | {Four(g, e => e.Units.Recall)} | {Four(g, e => e.Units.Precision)} | {Four(g, e => e.OverallStrict)} |");
    }

    private static string Four(Ablation.Slice g, Func<Evaluator, double> measure) =>
        string.Join(" / ", new[] { g.Rules, g.TaskModels, g.BodyModels, g.Models }.Select(e => (100 * measure(e)).ToString("0.0", CultureInfo.InvariantCulture)));
}
