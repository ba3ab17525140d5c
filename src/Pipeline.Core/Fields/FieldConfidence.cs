using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>
/// How far each field can be trusted: the lowest OCR confidence of the lines it was read from (1 for typed
/// text), lowered when the value fails validation. Fields under <see cref="ReviewBelow"/> are named in the
/// warnings, which is what the clerks' review queue is built from.
/// </summary>
public sealed class FieldConfidence(TimeProvider clock)
{
    /// <summary>Below this a field is flagged for review.</summary>
    public const double ReviewBelow = 0.8;

    /// <summary>A field whose blank slots were filled from an e-signing stamp's line of numbers (<see cref="RoledLine.FilledFrom"/>).</summary>
    public const double FilledConfidence = 0.6;

    private static readonly (string Field, LineRole[] Roles)[] Sources =
    [
        ("type", [LineRole.DocType]),
        ("reference", [LineRole.Reference]),
        ("issuer", [LineRole.Issuer]),
        ("issuedDate", [LineRole.PlaceDate]),
        ("title", [LineRole.Title]),
        ("signer.authority", [LineRole.SignerAuthority]),
        ("signer.position", [LineRole.SignerPosition]),
        ("signer.name", [LineRole.SignerName]),
        ("recipients", [LineRole.Recipient]),
        ("archive", [LineRole.Archive]),
    ];

    /// <summary>
    /// The confidence of each field read from lines; <paramref name="repaired"/> names the fields a repair changed (a
    /// vocabulary entry, the body's spelling), which are capped at <paramref name="repairedConfidence"/> and so reach the
    /// review queue like any other weak field.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measure(RoledDocument doc, DocumentFields fields, List<string> warnings,
        IReadOnlyCollection<string>? repaired = null, double repairedConfidence = 1.0)
    {
        repaired ??= [];
        var thisYear = clock.GetUtcNow().Year;
        // Insertion-ordered, so the record is byte-identical from run to run (string hashes vary per process).
        var result = new Dictionary<string, double>();
        foreach (var (field, roles) in Sources)
        {
            var lines = doc.Lines.Where(l => roles.Contains(l.Role)).ToList();
            if (lines.Count == 0) continue;
            var confidence = lines.Min(l => l.Line.Confidence ?? 1.0);
            confidence = Math.Min(confidence, Validity(field, fields, thisYear));
            var reason = lines.Any(l => l.Line.Confidence < ReviewBelow) ? "low-confidence OCR" : "failed validation";
            if (repaired.Contains(field) && repairedConfidence < confidence) (confidence, reason) = (repairedConfidence, "repaired");
            // A number or day read from a signing stamp's line apart from its slot (StampFillIns) is likely, not printed there.
            if (lines.FirstOrDefault(l => l.FilledFrom is not null) is { } filled && FilledConfidence < confidence)
                (confidence, reason) = (FilledConfidence, $"filled from the signing stamp's numbers '{filled.FilledFrom}'");
            result[field] = Math.Round(confidence, 2);
            if (confidence < ReviewBelow) warnings.Add(ReviewWarning(field, confidence, reason));
        }
        // A repaired field no line role measures (the place of a place-date) is capped all the same.
        foreach (var field in repaired.Distinct().Where(f => !result.ContainsKey(f)))
        {
            result[field] = Math.Round(repairedConfidence, 2);
            if (repairedConfidence < ReviewBelow) warnings.Add(ReviewWarning(field, repairedConfidence, "repaired"));
        }
        return result;
    }

    private static string ReviewWarning(string field, double confidence, string reason) => $"review {field}: confidence {confidence:0.00} ({reason})";

    /// <summary>1 for a value that passes its checks, lower for one that does not.</summary>
    private static double Validity(string field, DocumentFields f, int thisYear) => field switch
    {
        "reference" => f.Reference is null ? 0.3 : f.Reference.Symbol is { } s && s.Any(char.IsLetter) && !s.Any(char.IsWhiteSpace) && s.Length <= 30 ? 1 : 0.5,
        "issuedDate" => f.IssuedDate is { } d && (d.Year < 1945 || d.Year > thisYear + 1) ? 0.4 : 1,
        "signer.name" => f.Signer?.Name is { } n && PersonNames.LooksLikeName(n) ? 1 : 0.5,
        _ => 1,
    };
}
