using System.Text.RegularExpressions;
using Pipeline.Records;
using Pipeline.Review.Storage;
using Pipeline.Vocabulary;

namespace Pipeline.Review.Desk;

/// <summary>
/// Applies a clerk's form to a record: every field, recipient and task the form holds, returning the new
/// record and one change per field that differs (what the audit trail stores). Fields the form leaves out
/// keep their value; provenance stays with values that did not change.
/// </summary>
public static partial class RecordEditor
{
    public const string SplitMarker = "||";

    public static (DocumentRecord Record, List<Change> Changes) Apply(DocumentRecord record, IReadOnlyDictionary<string, string?> form, Vocab vocab)
    {
        var changes = new List<Change>();
        var d = record.Document;
        string? Field(string key, string? current)
        {
            if (!form.TryGetValue("f." + key, out var posted)) return current;
            var value = Clean(posted);
            if (value != current) changes.Add(new Change("document." + key, current, value));
            return value;
        }

        var typeCode = Field("type", d.Type?.Code);
        var type = typeCode is null ? null : typeCode == d.Type?.Code ? d.Type : new TypeInfo(typeCode, vocab.DocType(typeCode)?.Name ?? typeCode);
        var signer = new SignerInfo(Field("signer.name", d.Signer?.Name), Field("signer.position", d.Signer?.Position), Field("signer.authority", d.Signer?.Authority));
        var recipients = d.Recipients;
        if (form.TryGetValue("f.recipients", out var postedRecipients))
        {
            var before = Recipients(d.Recipients);
            var after = Clean(postedRecipients) ?? "";
            if (Normalise(before) != Normalise(after))
            {
                changes.Add(new Change("document.recipients", before, after));
                recipients = ParseRecipients(after, d.Recipients);
            }
        }
        var document = d with
        {
            Type = type,
            Number = Field("number", d.Number),
            Symbol = Field("symbol", d.Symbol),
            Reference = Field("reference", d.Reference),
            Issuer = Field("issuer", d.Issuer),
            Place = Field("place", d.Place),
            IssuedDate = Field("issuedDate", d.IssuedDate),
            Title = Field("title", d.Title),
            Signer = signer is { Name: null, Position: null, Authority: null } ? null : signer,
            Recipients = recipients,
            Archive = Field("archive", d.Archive),
        };

        var tasks = record.Tasks.Select((t, i) => ApplyTask(t, i, form, changes)).ToList();
        return (record with { Document = document, Tasks = tasks }, changes);
    }

    private static TaskRecord ApplyTask(TaskRecord t, int i, IReadOnlyDictionary<string, string?> form, List<Change> changes)
    {
        string? Value(string key, string? current)
        {
            if (!form.TryGetValue($"t{i}.{key}", out var posted)) return current;
            var value = Clean(posted);
            if (Normalise(value ?? "") != Normalise(current ?? "")) changes.Add(new Change($"tasks[{i}].{key}", current, value));
            else value = current;
            return value;
        }
        var text = Value("text", t.Text) ?? "";
        var unitsText = Value("units", Units(t.Units));
        var deadlineDate = Value("deadline", t.Deadline?.Date);
        var kind = Value("kind", t.Kind) is "target" ? "target" : "task";
        var units = unitsText == Units(t.Units) ? t.Units : ParseUnits(unitsText ?? "", t.Units);
        var deadline = deadlineDate == t.Deadline?.Date ? t.Deadline : deadlineDate is null ? null : new DeadlineInfo(deadlineDate, t.Deadline?.Text ?? deadlineDate);
        return t with { Text = text, Units = units, Deadline = deadline, Kind = kind };
    }

    /// <summary>Adds an empty task after the last one.</summary>
    public static (DocumentRecord, Change) AddTask(DocumentRecord record)
    {
        var ordinal = (record.Tasks.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (record.Tasks.Any(t => t.Ordinal == ordinal)) ordinal += "+";
        var task = new TaskRecord($"{record.Source.Sha256[..16]}#{ordinal}", ordinal, null, "", [], null, "task", (record.Tasks.Count > 0 ? record.Tasks[^1].Page : 1), 1.0);
        return (record with { Tasks = [.. record.Tasks, task] }, new Change($"tasks[{record.Tasks.Count}]", null, $"thêm nhiệm vụ {ordinal}"));
    }

    /// <summary>Splits a task at the clerk's "||" marker, or else at the sentence break nearest the middle.</summary>
    public static (DocumentRecord, Change)? SplitTask(DocumentRecord record, int index)
    {
        if (index < 0 || index >= record.Tasks.Count) return null;
        var t = record.Tasks[index];
        var at = t.Text.IndexOf(SplitMarker, StringComparison.Ordinal);
        string first, second;
        if (at >= 0) (first, second) = (t.Text[..at], t.Text[(at + SplitMarker.Length)..]);
        else
        {
            var breaks = SentenceBreak().Matches(t.Text).Select(m => m.Index + 1).ToList();
            if (breaks.Count == 0) return null;
            var middle = breaks.OrderBy(b => Math.Abs(b - t.Text.Length / 2)).First();
            (first, second) = (t.Text[..middle], t.Text[middle..]);
        }
        first = first.Trim(); second = second.Trim();
        if (first.Length == 0 || second.Length == 0) return null;
        var a = t with { Ordinal = t.Ordinal + "a", Id = t.Id + "a", Text = first };
        var b = t with { Ordinal = t.Ordinal + "b", Id = t.Id + "b", Text = second, Units = [.. t.Units] };
        var tasks = record.Tasks.ToList();
        tasks[index] = a;
        tasks.Insert(index + 1, b);
        return (record with { Tasks = tasks }, new Change($"tasks[{index}]", t.Text, $"tách thành {a.Ordinal} | {b.Ordinal}"));
    }

    /// <summary>Merges a task with the next one: texts joined, units united, the first deadline kept.</summary>
    public static (DocumentRecord, Change)? MergeTask(DocumentRecord record, int index)
    {
        if (index < 0 || index + 1 >= record.Tasks.Count) return null;
        var (a, b) = (record.Tasks[index], record.Tasks[index + 1]);
        var merged = a with
        {
            Text = (a.Text + " " + b.Text).Trim(),
            Units = [.. a.Units.Concat(b.Units).DistinctBy(u => u.Name)],
            Deadline = a.Deadline ?? b.Deadline,
            Provenance = a.Provenance is { } pa && b.Provenance is { } pb ? new Provenance([.. pa.Lines.Concat(pb.Lines)], [.. pa.Regions.Concat(pb.Regions)]) : a.Provenance ?? b.Provenance,
        };
        var tasks = record.Tasks.ToList();
        tasks[index] = merged;
        tasks.RemoveAt(index + 1);
        return (record with { Tasks = tasks }, new Change($"tasks[{index}]", $"{a.Ordinal} | {b.Ordinal}", $"gộp thành {merged.Ordinal}"));
    }

    public static (DocumentRecord, Change)? DeleteTask(DocumentRecord record, int index)
    {
        if (index < 0 || index >= record.Tasks.Count) return null;
        var t = record.Tasks[index];
        return (record with { Tasks = [.. record.Tasks.Where((_, i) => i != index)] }, new Change($"tasks[{index}]", $"{t.Ordinal}. {t.Text}", null));
    }

    /// <summary>One unit a line: "Sở Tài chính | lead".</summary>
    public static string Units(IEnumerable<UnitInfo> units) => string.Join('\n', units.Select(u => $"{u.Name} | {u.Role}"));

    /// <summary>One recipient a line: "Thường trực Thành ủy | để b/c".</summary>
    public static string Recipients(IEnumerable<RecipientInfo> recipients) => string.Join('\n', recipients.Select(r => r.Note is null ? r.Name : $"{r.Name} | {r.Note}"));

    private static List<UnitInfo> ParseUnits(string text, IReadOnlyList<UnitInfo> before) =>
        Rows(text).Select(r => new UnitInfo(r.Name, r.Extra?.ToLowerInvariant() is "support" or "phối hợp" or "phoi hop" ? "support" : "lead")
        {
            Provenance = before.FirstOrDefault(u => u.Name == r.Name)?.Provenance,
        }).ToList();

    private static List<RecipientInfo> ParseRecipients(string text, IReadOnlyList<RecipientInfo> before) =>
        Rows(text).Select(r => new RecipientInfo(r.Name, r.Extra) { Provenance = before.FirstOrDefault(b => b.Name == r.Name)?.Provenance }).ToList();

    private static IEnumerable<(string Name, string? Extra)> Rows(string text) => text.Split('\n')
        .Select(l => l.Trim()).Where(l => l.Length > 0)
        .Select(l => l.Split('|', 2) is var p && p.Length == 2 ? (p[0].Trim(), Clean(p[1])) : (l, (string?)null));

    private static string? Clean(string? value)
    {
        var v = value?.Replace("\r", "").Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }

    private static string Normalise(string s) => string.Join('\n', s.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"[.;:](?=\s)")] private static partial Regex SentenceBreak();
}
