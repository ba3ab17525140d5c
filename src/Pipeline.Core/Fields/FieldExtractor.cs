using System.Collections.Immutable;
using Pipeline.Roles;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Fields;

/// <summary>
/// The field stage: reads each document-level field from the lines that carry its role, through one reader per
/// field built with the vocabulary. The <see cref="TimeProvider"/> only decides what "in the future" means for the
/// issue date; inject a fixed one for records that never change with time.
/// </summary>
public sealed class FieldExtractor
{
    private readonly TimeProvider _clock;
    private readonly DocTypeResolver _type;
    private readonly IssuerReader _issuer;
    private readonly SignerReader _signer;
    private readonly VocabularyRepair _repair;
    private readonly FieldConfidence _confidence;

    public FieldExtractor(Vocab vocab, TimeProvider clock) : this(new LineRecognizer(vocab), clock) { }

    public FieldExtractor(LineRecognizer recognizer, TimeProvider clock)
    {
        var vocab = recognizer.Vocab;
        var naturalCase = new NaturalCase(vocab);
        _clock = clock;
        _type = new DocTypeResolver(vocab);
        _issuer = new IssuerReader(vocab, naturalCase);
        _signer = new SignerReader(naturalCase);
        _repair = new VocabularyRepair(vocab);
        _confidence = new FieldConfidence(clock);
    }

    /// <summary>Reads the fields of <paramref name="doc"/>.</summary>
    public DocumentFields Extract(RoledDocument doc)
    {
        var thisYear = _clock.GetUtcNow().Year;
        var warnings = new List<string>();

        DocumentReference? reference = null;
        if (doc.FirstRun(LineRole.Reference) is { Count: > 0 } refLines)
        {
            // Read by the role stage (RoledLine.Reference); the printed run only names it in a warning.
            var printed = string.Join(' ', refLines.Select(l => l.Text.Trim('*', ' ')));
            reference = refLines[0].Reference;
            if (reference is null) warnings.Add($"reference line not understood: '{printed}'");
            else if (reference.Number is null) warnings.Add("document number printed blank");
        }

        string? place = null;
        PartialDate? date = null;
        if (doc.FirstRun(LineRole.PlaceDate) is { Count: > 0 } dateLines)
        {
            (place, date) = (dateLines[0].PlaceDate?.Place, dateLines[0].PlaceDate?.Date);
            if (date is null) warnings.Add("issue date printed blank");
            else if (!date.Value.IsComplete) warnings.Add($"issue date incomplete: {date}");
        }

        var type = _type.Resolve(doc, reference, warnings);
        var (issuer, issuerSource) = _issuer.Read(doc, reference, place, warnings);
        var title = TitleReader.Read(doc);
        var signer = _signer.Read(doc, warnings);
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
        if (recognised) fields = _repair.Apply(fields, warnings, out repaired);
        var confidence = _confidence.Measure(doc, fields, warnings);
        if (repaired.Count > 0)
        {
            var lowered = new Dictionary<string, double>(confidence);
            foreach (var field in repaired)
                lowered[field] = Math.Min(lowered.GetValueOrDefault(field, 1.0), VocabularyRepair.RepairedConfidence);
            confidence = lowered;
        }
        return fields with { Warnings = warnings.ToImmutableArray(), Confidence = confidence, Sources = FieldSources.Collect(doc, fields) };
    }
}
