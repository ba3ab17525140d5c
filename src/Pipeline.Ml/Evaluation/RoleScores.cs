using System.Text;

namespace Pipeline.Ml.Evaluation;

/// <summary>Per-class precision, recall and F1 from (gold, predicted) pairs, with micro accuracy.</summary>
public sealed class RoleScores
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = [];
    public int Total { get; private set; }
    public int Correct { get; private set; }

    public void Add(string gold, string predicted)
    {
        Total++;
        if (gold == predicted)
        {
            Correct++;
            Bump(gold, tp: 1);
            return;
        }
        Bump(gold, fn: 1);
        Bump(predicted, fp: 1);
    }

    private void Bump(string label, int tp = 0, int fp = 0, int fn = 0)
    {
        var c = _counts.GetValueOrDefault(label);
        _counts[label] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    public double Accuracy => Total == 0 ? 1 : Correct / (double)Total;

    public IEnumerable<string> Labels => _counts.Keys.Order(StringComparer.Ordinal);

    public (double P, double R, double F1, int Support) For(string label)
    {
        var (tp, fp, fn) = _counts.GetValueOrDefault(label);
        var p = tp + fp == 0 ? 1 : tp / (double)(tp + fp);
        var r = tp + fn == 0 ? 1 : tp / (double)(tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp + fn);
    }

    /// <summary>Unweighted mean F1 over classes that occur in the gold data.</summary>
    public double MacroF1 => Labels.Select(For).Where(s => s.Support > 0).Select(s => s.F1).DefaultIfEmpty(1).Average();

    /// <summary>A table with one row per class and one column group per named score set.</summary>
    public static string Table(IReadOnlyList<(string Name, RoleScores Scores)> sets)
    {
        var sb = new StringBuilder();
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{"class",-18} {"n",5}");
        foreach (var (name, _) in sets) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $" | {name + " P",12} {"R",6} {"F1",6}");
        sb.AppendLine();
        foreach (var label in sets.SelectMany(s => s.Scores.Labels).Distinct().Order(StringComparer.Ordinal))
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{label,-18} {sets[0].Scores.For(label).Support,5}");
            foreach (var (_, s) in sets)
            {
                var (p, r, f, _) = s.For(label);
                sb.Append(System.Globalization.CultureInfo.InvariantCulture, $" | {p,12:P0} {r,6:P0} {f,6:P0}");
            }
            sb.AppendLine();
        }
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{"accuracy",-18} {sets[0].Scores.Total,5}");
        foreach (var (_, s) in sets) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $" | {s.Accuracy,12:P1} {"",6} {"",6}");
        sb.AppendLine();
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{"macro F1",-18} {"",5}");
        foreach (var (_, s) in sets) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $" | {"",12} {"",6} {s.MacroF1,6:P1}");
        sb.AppendLine();
        return sb.ToString();
    }
}
