using System.Globalization;
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
        w.WriteLine($"{"unit role accuracy",-18} {e.UnitRoles.Strict,8:P1}  on {e.UnitRoles.Total} matched units");
        w.WriteLine($"{"recipient notes",-18} {e.RecipientNotes.Strict,8:P1}  on {e.RecipientNotes.Total} matched recipients");
        w.WriteLine($"{"deadline accuracy",-18} {e.DatedDeadlines.Strict,8:P1}  on {e.DatedDeadlines.Total} matched tasks with a deadline");
        w.WriteLine($"{"deadline agreement",-18} {e.Deadlines.Strict,8:P1}  on {e.Deadlines.Total} matched tasks (none = none counts)");
        w.WriteLine($"{"kind accuracy",-18} {e.Kinds.Strict,8:P1}");
        w.WriteLine($"{"ordinal accuracy",-18} {e.Ordinals.Strict,8:P1}");
        if (!showMisses || e.Misses.Count == 0) return;
        w.WriteLine();
        w.WriteLine($"misses ({e.Misses.Count}):");
        foreach (var m in e.Misses) w.WriteLine("  " + m);
    }

    /// <summary>One row per rendering or level: the headline figures of each group.</summary>
    public static void PrintGroups(IReadOnlyDictionary<string, Evaluator> groups, string by, TextWriter w)
    {
        if (groups.Count == 0) return;
        w.WriteLine();
        w.WriteLine($"{"by " + by,-22} {"docs",4} {"fields",7} {"recip F1",8} {"tasks F1",8} {"unit R",7} {"unit P",7} {"deadl.",7}");
        foreach (var (name, e) in groups)
            w.WriteLine($"{name,-22} {e.Documents,4} {e.OverallStrict,7:P1} {e.Recipients.F1,8:P1} {e.Tasks.F1,8:P1} {e.Units.Recall,7:P1} {e.Units.Precision,7:P1} {(e.DatedDeadlines.Total == 0 ? "-" : e.DatedDeadlines.Strict.ToString("P1", CultureInfo.InvariantCulture)),7}");
    }
}
