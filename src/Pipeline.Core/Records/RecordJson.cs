using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Records;

/// <summary>How records are written: camelCase, nulls kept (the contract lists them), Vietnamese unescaped.</summary>
public static class RecordJson
{
    public static readonly JsonSerializerOptions Indented = Create(true);
    public static readonly JsonSerializerOptions Compact = Create(false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };

    public static string Serialize(DocumentRecord record) => JsonSerializer.Serialize(record, Indented);

    public static DocumentRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<DocumentRecord>(json, Indented) ?? throw new JsonException("empty record");

    /// <summary>One line of tasks.jsonl: the task with the document it belongs to.</summary>
    public static string TaskLine(DocumentRecord record, TaskRecord task) => JsonSerializer.Serialize(new
    {
        schemaVersion = record.SchemaVersion,
        document = new { file = record.Source.File, sha256 = record.Source.Sha256, reference = record.Document.Reference },
        task.Id, task.Ordinal, task.Heading, task.Text, task.Units, task.Deadline, task.Kind, task.Page, task.Confidence,
    }, Compact);
}
