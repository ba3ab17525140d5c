using Pipeline.Evaluation;

namespace Pipeline.Cli.Commands;

/// <summary>Prints the evaluation as a table followed by the misses.</summary>
public static class EvalReport
{
    public static void Print(Evaluator e, TextWriter w, bool showMisses)
    {
        w.WriteLine($"documents evaluated: {e.Documents}");
        w.WriteLine($"{"field",-18} {"strict",8} {"lenient",8}   n");
        foreach (var f in e.Fields.Values)
            w.WriteLine($"{f.Name,-18} {f.Strict,8:P1} {f.Lenient,8:P1} {f.Total,3}");
        w.WriteLine($"{"overall fields",-18} {e.OverallStrict,8:P1} {e.OverallLenient,8:P1}");
        w.WriteLine();
        w.WriteLine($"{"measure",-18} {"P",8} {"R",8} {"F1",8}  matched/expected/predicted");
        foreach (var s in new[] { e.Recipients, e.Tasks, e.Units })
            w.WriteLine($"{s.Name,-18} {s.Precision,8:P1} {s.Recall,8:P1} {s.F1,8:P1}  {s.Matched}/{s.Expected}/{s.Predicted}");
        w.WriteLine($"{"unit recall",-18} {e.Units.Recall,8:P1}");
        w.WriteLine($"{"deadline accuracy",-18} {e.Deadlines.Strict,8:P1}  on {e.Deadlines.Total} matched tasks");
        w.WriteLine($"{"kind accuracy",-18} {e.Kinds.Strict,8:P1}");
        w.WriteLine($"{"ordinal accuracy",-18} {e.Ordinals.Strict,8:P1}");
        if (!showMisses) return;
        w.WriteLine();
        w.WriteLine($"misses ({e.Misses.Count}):");
        foreach (var m in e.Misses) w.WriteLine("  " + m);
    }
}
