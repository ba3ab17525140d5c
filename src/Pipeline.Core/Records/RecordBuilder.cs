using Pipeline.Fields;
using Pipeline.Sources;
using Pipeline.Tasks;

namespace Pipeline.Records;

/// <summary>The record stage: fields and tasks into the published contract.</summary>
public static class RecordBuilder
{
    public static DocumentRecord Build(SourceDocument source, DocumentFields fields, IReadOnlyList<ExtractedTask> tasks, IEnumerable<string> warnings)
    {
        var idPrefix = source.File.Sha256[..16];
        var pages = source.Pages;
        var recipientLines = fields.Sources.GetValueOrDefault("recipients") ?? [];
        var document = new DocumentInfo(
            fields.Type is null ? null : new TypeInfo(fields.Type.Code, fields.Type.Name),
            fields.Reference?.Number,
            fields.Reference?.Symbol,
            fields.Reference?.Reference,
            fields.Issuer,
            fields.Place,
            fields.IssuedDate?.ToString(),
            fields.Title,
            fields.Signer is null ? null : new SignerInfo(fields.Signer.Name, fields.Signer.Position, fields.Signer.Authority),
            fields.Recipients.Select(r => new RecipientInfo(r.Name, r.Note) { Provenance = Provenance.From(Provenance.Naming(r.Name, recipientLines), pages) }).ToList(),
            fields.Archive)
        {
            IssuerSource = fields.IssuerSource switch { IssuerSource.Header => "header", IssuerSource.Derived => "derived", _ => null },
            Addressees = fields.Addressees,
            FieldConfidence = fields.Confidence,
            Provenance = fields.Sources
                .Select(s => (s.Key, Value: Provenance.From(s.Value, pages)))
                .Where(s => s.Value is not null)
                .ToDictionary(s => s.Key, s => s.Value!),
        };
        var taskRecords = tasks.Select(t => new TaskRecord(
            $"{idPrefix}#{t.Ordinal}",
            t.Ordinal,
            t.Heading,
            t.Text,
            t.Units.Select(u => new UnitInfo(u.Name, u.Role == UnitRole.Lead ? "lead" : "support") { Provenance = Provenance.From(Provenance.Naming(u.Name, t.Lines), pages) }).ToList(),
            t.Deadline is null ? null : new DeadlineInfo(t.Deadline.Date?.ToString(), t.Deadline.Text),
            t.Kind == TaskKind.Target ? "target" : "task",
            t.Page,
            t.Confidence) { Provenance = Provenance.From(t.Lines, pages) }).ToList();
        var allWarnings = source.Warnings.Concat(fields.Warnings).Concat(warnings).Distinct().ToList();
        return new DocumentRecord(DocumentRecord.CurrentSchemaVersion,
            new SourceInfo(source.File.Name, source.File.Sha256, source.MediaType, Math.Max(1, source.Pages.Length)),
            document, taskRecords, allWarnings)
        {
            WarningDetails = allWarnings.Select(WarningCodes.Describe).ToList(),
        };
    }
}
