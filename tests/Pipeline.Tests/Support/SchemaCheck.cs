using System.Text.Json;
using Json.Schema;
using Pipeline.Records;

namespace Pipeline.Tests.Support;

/// <summary>
/// Validates what the pipeline writes against the published JSON Schemas (schema/document-1.3, task/status/progress-1.1) with
/// JsonSchema.Net, formats asserted (a date that does not exist is refused). A document record is checked
/// against document-1.0.schema.json as well: the contract promises 1.0 consumers read every 1.x record.
/// </summary>
public static class SchemaCheck
{
    public const string Document = "document";
    public const string Task = "task";
    public const string Status = "status";
    public const string Progress = "progress";

    /// <summary>The 1.0 document contract, checked on every document besides <see cref="Document"/> (1.3).</summary>
    public const string Document10 = "document-1.0";

    private static readonly Dictionary<string, Lazy<JsonSchema>> Schemas = new[] { Document, Task, Status, Progress }
        .ToDictionary(n => n, n => new Lazy<JsonSchema>(() => Load(File(n))));

    private static readonly Lazy<JsonSchema> Schema10 = new(() => Load(File(Document10)));

    private static string File(string schema) => schema switch
    {
        Document10 => "document-1.0.schema.json",
        Document => $"document-{DocumentRecord.CurrentSchemaVersion}.schema.json",
        _ => $"{schema}-1.1.schema.json",
    };

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static JsonSchema Load(string file) =>
        JsonSchema.FromText(System.IO.File.ReadAllText(Repo.Path("schema", file)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    public static void AssertValid(DocumentRecord record) => AssertValid(Document, RecordJson.Serialize(record), record.Source.File);

    /// <summary>Fails with every violation listed when <paramref name="json"/> breaks the named schema.</summary>
    public static void AssertValid(string schema, string json, string? what = null)
    {
        var errors = Errors(schema, json);
        Assert.True(errors.Count == 0, $"{what ?? json[..Math.Min(json.Length, 120)]} breaks the contract:\n" + string.Join("\n", errors));
    }

    /// <summary>
    /// Every violation of the named schema, each prefixed with its schema file; for <see cref="Document"/> the
    /// violations of document-1.0.schema.json too.
    /// </summary>
    public static List<string> Errors(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var errors = Errors(schema == Document10 ? Schema10.Value : Schemas[schema].Value, File(schema), document.RootElement);
        if (schema == Document) errors.AddRange(Errors(Schema10.Value, File(Document10), document.RootElement));
        return errors;
    }

    private static List<string> Errors(JsonSchema schema, string file, JsonElement json)
    {
        var result = schema.Evaluate(json, Options);
        if (result.IsValid) return [];
        return (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{file} {d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty($"{file}: invalid").ToList();
    }
}
