using System.Collections.Immutable;
using Pipeline.Roles;
using Pipeline.Vocabulary;

namespace Pipeline.Fields;

/// <summary>
/// The field stage: runs its <see cref="IFieldReader"/>s in order over the roled document, then repairs what OCR
/// broke against the closed vocabularies and measures each field's confidence. The <see cref="TimeProvider"/> only
/// decides what "in the future" means for the issue date; inject a fixed one for records that never change with time.
/// </summary>
public sealed class FieldExtractor
{
    private readonly IReadOnlyList<IFieldReader> _readers;
    private readonly VocabularyRepair _repair;
    private readonly FieldConfidence _confidence;

    /// <summary>The default readers (<see cref="FieldReaders.Defaults"/>).</summary>
    public FieldExtractor(Vocab vocab, TimeProvider clock) : this(FieldReaders.Defaults(vocab, clock), vocab, clock) { }

    public FieldExtractor(IReadOnlyList<IFieldReader> readers, Vocab vocab, TimeProvider clock)
    {
        _readers = readers;
        _repair = new VocabularyRepair(vocab);
        _confidence = new FieldConfidence(clock);
    }

    /// <summary>The readers in the order they run.</summary>
    public IReadOnlyList<IFieldReader> Readers => _readers;

    /// <summary>Reads the fields of <paramref name="doc"/>.</summary>
    public DocumentFields Extract(RoledDocument doc)
    {
        var warnings = new List<string>();
        var fields = DocumentFields.Empty;
        foreach (var reader in _readers) fields = reader.Read(doc, fields, warnings);

        // Only recognised text is repaired: a typist's typo is the document as printed (corpus/expected/README.md).
        var recognised = doc.Prepared.Source.Recognised;
        var repaired = new List<string>();
        if (recognised) fields = _repair.Apply(fields, warnings, out repaired);
        if (recognised && fields.Title is { } lostStart && fields.Type is { } type && TitleStartRestore.Restore(doc, lostStart, type.Name) is { } restored)
        {
            warnings.Add($"title's start restored from the enacting sentence: '{lostStart}' → '{restored}'");
            repaired.Add("title");
            fields = fields with { Title = restored };
        }
        if (recognised && fields.Title is { } title && TitleEchoRepair.Repair(doc, title) is { } echoed)
        {
            warnings.Add($"title repaired from the body's spelling: '{title}' → '{echoed}'");
            repaired.Add("title");
            fields = fields with { Title = echoed };
        }
        if (recognised && doc.FirstRun(LineRole.PlaceDate).Count > 0
            && SigningDateCompletion.Complete(fields.IssuedDate, doc.Prepared.Source.SigningTimes) is { } signed)
        {
            warnings.Add($"issue date completed from the file's digital signature: '{fields.IssuedDate?.ToString() ?? "blank"}' → '{signed}'");
            repaired.Add("issuedDate");
            fields = fields with { IssuedDate = signed };
        }
        var confidence = _confidence.Measure(doc, fields, warnings, repaired, VocabularyRepair.RepairedConfidence);
        return fields with { Warnings = warnings.ToImmutableArray(), Confidence = confidence, Sources = FieldSources.Collect(doc, fields) };
    }
}
