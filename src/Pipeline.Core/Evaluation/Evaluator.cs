using Pipeline.Records;

namespace Pipeline.Evaluation;

/// <summary>
/// Compares extracted records with hand-written expected ones: per field strict and lenient accuracy,
/// recipient F1, task F1 (tasks matched by text), unit recall and deadline accuracy on matched tasks.
/// Misses are listed so that every figure can be explained.
/// </summary>
public sealed class Evaluator
{
    public static readonly string[] FieldNames =
        ["type", "number", "symbol", "reference", "issuer", "place", "issuedDate", "title", "signer.name", "signer.position", "signer.authority", "archive"];

    public Dictionary<string, FieldScore> Fields { get; } = FieldNames.ToDictionary(n => n, n => new FieldScore(n));
    public F1Score Recipients { get; } = new("recipients");
    public F1Score Tasks { get; } = new("tasks");
    public F1Score Units { get; } = new("units");
    /// <summary>Deadline agreement on every matched task (null = null counts as a hit).</summary>
    public FieldScore Deadlines { get; } = new("deadline");
    /// <summary>Deadline accuracy on matched tasks whose expected record has a deadline: the figure that falls when
    /// deadlines stop being extracted, which the null = null agreement hides.</summary>
    public FieldScore DatedDeadlines { get; } = new("deadline (dated tasks)");
    /// <summary>Role (lead/support) of matched units.</summary>
    public FieldScore UnitRoles { get; } = new("unit role");
    /// <summary>Note of matched recipients ("để b/c").</summary>
    public FieldScore RecipientNotes { get; } = new("recipient note");
    public FieldScore Kinds { get; } = new("kind");
    public FieldScore Ordinals { get; } = new("ordinal");
    public List<string> Misses { get; } = [];
    public int Documents { get; private set; }

    public void Add(string name, DocumentRecord expected, DocumentRecord actual)
    {
        Documents++;
        var e = expected.Document;
        var a = actual.Document;
        Compare(name, "type", e.Type?.Code, a.Type?.Code);
        Compare(name, "number", e.Number, a.Number);
        Compare(name, "symbol", e.Symbol, a.Symbol);
        Compare(name, "reference", e.Reference, a.Reference);
        Compare(name, "issuer", e.Issuer, a.Issuer);
        Compare(name, "place", e.Place, a.Place);
        Compare(name, "issuedDate", e.IssuedDate, a.IssuedDate);
        Compare(name, "title", e.Title, a.Title);
        Compare(name, "signer.name", e.Signer?.Name, a.Signer?.Name);
        Compare(name, "signer.position", e.Signer?.Position, a.Signer?.Position);
        Compare(name, "signer.authority", e.Signer?.Authority, a.Signer?.Authority);
        Compare(name, "archive", e.Archive, a.Archive);

        var recipientMatches = Match(e.Recipients.Select(r => r.Name).ToList(), a.Recipients.Select(r => r.Name).ToList(), 0.85);
        Recipients.Expected += e.Recipients.Count;
        Recipients.Predicted += a.Recipients.Count;
        Recipients.Matched += recipientMatches.Count;
        foreach (var missed in e.Recipients.Where((_, i) => !recipientMatches.ContainsKey(i)))
            Misses.Add($"{name}: recipient missed: {missed.Name}");
        foreach (var (i, j) in recipientMatches)
        {
            var noteOk = Similarity.Strict(e.Recipients[i].Note, a.Recipients[j].Note);
            RecipientNotes.Add(noteOk, noteOk);
            if (!noteOk) Misses.Add($"{name}: recipient note of {e.Recipients[i].Name}: expected '{e.Recipients[i].Note ?? "null"}', got '{a.Recipients[j].Note ?? "null"}'");
        }

        var taskMatches = Match(expected.Tasks.Select(t => t.Text).ToList(), actual.Tasks.Select(t => t.Text).ToList(), 0.6);
        Tasks.Expected += expected.Tasks.Count;
        Tasks.Predicted += actual.Tasks.Count;
        Tasks.Matched += taskMatches.Count;
        for (var i = 0; i < expected.Tasks.Count; i++)
        {
            var et = expected.Tasks[i];
            if (!taskMatches.TryGetValue(i, out var j))
            {
                Misses.Add($"{name}: task {et.Ordinal} missed: {Short(et.Text)}");
                continue;
            }
            var at = actual.Tasks[j];
            var unitMatches = Match(et.Units.Select(u => u.Name).ToList(), at.Units.Select(u => u.Name).ToList(), 0.8);
            Units.Expected += et.Units.Count;
            Units.Predicted += at.Units.Count;
            Units.Matched += unitMatches.Count;
            foreach (var missed in et.Units.Where((_, k) => !unitMatches.ContainsKey(k)))
                Misses.Add($"{name}: task {et.Ordinal} unit missed: {missed.Name} ({missed.Role}); got [{string.Join("; ", at.Units.Select(u => u.Name))}]");
            foreach (var (k, l) in unitMatches)
            {
                var roleOk = et.Units[k].Role == at.Units[l].Role;
                UnitRoles.Add(roleOk, roleOk);
                if (!roleOk) Misses.Add($"{name}: task {et.Ordinal} unit role of {et.Units[k].Name}: expected {et.Units[k].Role}, got {at.Units[l].Role}");
            }
            var deadlineOk = et.Deadline?.Date == at.Deadline?.Date;
            Deadlines.Add(deadlineOk, deadlineOk);
            if (et.Deadline is not null) DatedDeadlines.Add(deadlineOk, deadlineOk);
            if (!deadlineOk) Misses.Add($"{name}: task {et.Ordinal} deadline: expected {et.Deadline?.Date ?? "none"} ({et.Deadline?.Text}), got {at.Deadline?.Date ?? "none"} ({at.Deadline?.Text})");
            Kinds.Add(et.Kind == at.Kind, et.Kind == at.Kind);
            Ordinals.Add(et.Ordinal == at.Ordinal, et.Ordinal == at.Ordinal);
        }
        var matchedActual = taskMatches.Values.ToHashSet();
        for (var j = 0; j < actual.Tasks.Count; j++)
            if (!matchedActual.Contains(j)) Misses.Add($"{name}: extra task {actual.Tasks[j].Ordinal}: {Short(actual.Tasks[j].Text)}");
    }

    private void Compare(string doc, string field, string? expected, string? actual)
    {
        var strict = Similarity.Strict(expected, actual);
        var lenient = Similarity.Lenient(expected, actual);
        Fields[field].Add(strict, lenient);
        if (!strict) Misses.Add($"{doc}: {field}: expected '{expected ?? "null"}', got '{actual ?? "null"}'{(lenient ? " (lenient match)" : "")}");
    }

    /// <summary>Greedy one-to-one matching by similarity: best pairs first. Returns expected index → actual index.</summary>
    public static Dictionary<int, int> Match(IReadOnlyList<string> expected, IReadOnlyList<string> actual, double threshold)
    {
        var pairs = new List<(int E, int A, double S)>();
        for (var i = 0; i < expected.Count; i++)
            for (var j = 0; j < actual.Count; j++)
            {
                var s = Similarity.Strict(expected[i], actual[j]) ? 1.0 : Similarity.Ratio(expected[i], actual[j]);
                if (s >= threshold) pairs.Add((i, j, s));
            }
        var result = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (var (e, a, _) in pairs.OrderByDescending(p => p.S))
        {
            if (result.ContainsKey(e) || used.Contains(a)) continue;
            result[e] = a;
            used.Add(a);
        }
        return result;
    }

    /// <summary>All field scores strict accuracy, averaged.</summary>
    public double OverallStrict => Fields.Values.Sum(f => f.StrictHits) / (double)Math.Max(1, Fields.Values.Sum(f => f.Total));
    public double OverallLenient => Fields.Values.Sum(f => f.LenientHits) / (double)Math.Max(1, Fields.Values.Sum(f => f.Total));

    /// <summary>Every thresholded measure by name, with how many items it was computed on.</summary>
    public IReadOnlyList<(string Name, double Value, int N)> Measures()
    {
        var list = new List<(string, double, int)>
        {
            ("fields.strict", OverallStrict, Fields.Values.Sum(f => f.Total)),
            ("fields.lenient", OverallLenient, Fields.Values.Sum(f => f.Total)),
        };
        list.AddRange(Fields.Values.Select(f => ($"field.{f.Name}", f.Strict, f.Total)));
        list.Add(("recipients.f1", Recipients.F1, Recipients.Expected));
        list.Add(("recipients.note", RecipientNotes.Strict, RecipientNotes.Total));
        list.Add(("tasks.f1", Tasks.F1, Tasks.Expected));
        list.Add(("units.precision", Units.Precision, Units.Predicted));
        list.Add(("units.recall", Units.Recall, Units.Expected));
        list.Add(("units.role", UnitRoles.Strict, UnitRoles.Total));
        list.Add(("deadlines.dated", DatedDeadlines.Strict, DatedDeadlines.Total));
        list.Add(("deadlines.all", Deadlines.Strict, Deadlines.Total));
        list.Add(("ordinal", Ordinals.Strict, Ordinals.Total));
        list.Add(("kind", Kinds.Strict, Kinds.Total));
        return list;
    }

    private static string Short(string s) => s.Length <= 90 ? s : s[..90] + "…";
}
