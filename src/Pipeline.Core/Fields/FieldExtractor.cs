using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Fields;

/// <summary>The field stage: reads each document-level field from the lines that carry its role.</summary>
public static partial class FieldExtractor
{
    /// <summary>
    /// Reads the fields of <paramref name="doc"/>. The <paramref name="clock"/> (default: the system's) only decides
    /// what "in the future" means for the issue date; inject a fixed one for records that never change with time.
    /// </summary>
    public static DocumentFields Extract(RoledDocument doc, TimeProvider? clock = null)
    {
        var thisYear = (clock ?? TimeProvider.System).GetUtcNow().Year;
        var warnings = new List<string>();

        DocumentReference? reference = null;
        if (doc.FirstRun(LineRole.Reference) is { Count: > 0 } refLines)
        {
            var printed = string.Join(' ', refLines.Select(l => l.Text.Trim('*', ' ')));
            reference = DocumentReference.Parse(SoWord().Replace(printed, ""));
            if (reference is null) warnings.Add($"reference line not understood: '{printed}'");
            else if (reference.Number is null) warnings.Add("document number printed blank");
        }

        string? place = null;
        PartialDate? date = null;
        if (doc.FirstRun(LineRole.PlaceDate) is { Count: > 0 } dateLines)
        {
            (place, date) = PlaceDateParser.Parse(string.Join(' ', dateLines.Select(l => l.Text.Trim())));
            if (date is null) warnings.Add("issue date printed blank");
            else if (!date.Value.IsComplete) warnings.Add($"issue date incomplete: {date}");
        }

        var type = DocTypeResolver.Resolve(doc, reference, warnings);
        var (issuer, issuerSource) = IssuerReader.Read(doc, reference, place, warnings);
        var title = TitleReader.Read(doc);
        var signer = SignerReader.Read(doc, warnings);
        var (recipients, archive) = RecipientsReader.Read(doc);
        var addressees = doc.WithRole(LineRole.Addressee)
            .Select(l => VnText.Squash(l.Text.TrimStart('-', '+', '•', ' ')).TrimEnd(';', ',', '.'))
            .Concat(doc.WithRole(LineRole.AddresseeHeader).Select(l => l.Text[(l.Text.IndexOf(':') + 1)..].Trim().TrimEnd(';', ',', '.')).Where(t => t.Length > 0 && !t.Contains("gửi", StringComparison.OrdinalIgnoreCase)))
            .ToImmutableArray();

        if (type is null) warnings.Add("document type not found");
        if (title is null) warnings.Add("title not found");
        if (signer is null) warnings.Add("signature block not found");
        else if (signer.Name is null) warnings.Add("signer name not found");
        if (date is { } d && d.Year > thisYear + 1) warnings.Add($"issue date {d} is in the future");

        var fields = new DocumentFields(type, reference, issuer, issuerSource, place, date, title, signer,
            recipients.ToImmutableArray(), archive, addressees, []);
        // Only recognised text is repaired: a typist's typo is the document as printed (corpus/expected/README.md).
        var recognised = doc.Prepared.Source.Pages.Any(p => p.Origin == Sources.LineOrigin.Ocr);
        var repaired = new List<string>();
        if (recognised) fields = VocabularyRepair.Apply(fields, warnings, out repaired);
        var confidence = FieldConfidence.Measure(doc, fields, warnings, thisYear);
        if (repaired.Count > 0)
        {
            var lowered = new Dictionary<string, double>(confidence);
            foreach (var field in repaired)
                lowered[field] = Math.Min(lowered.GetValueOrDefault(field, 1.0), VocabularyRepair.RepairedConfidence);
            confidence = lowered;
        }
        return fields with { Warnings = warnings.ToImmutableArray(), Confidence = confidence, Sources = FieldSources.Collect(doc, fields) };
    }

    // "Số", and the ways OCR prints it: "Só", "Sô", "Sồ", "S6", "SO".
    [GeneratedRegex(@"^\s*S[ốoôóòỏõọồổỗộớờởỡợơỐO06]\s*[:.]?\s*", RegexOptions.IgnoreCase)] private static partial Regex SoWord();
}
