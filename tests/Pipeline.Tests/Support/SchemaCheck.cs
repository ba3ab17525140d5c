using System.Text.Json;
using Json.Schema;
using Pipeline.Records;

namespace Pipeline.Tests.Support;

/// <summary>
/// Validates what the pipeline writes against the published JSON Schemas (schema/*-1.1.schema.json) with
/// JsonSchema.Net, formats asserted (a date that does not exist is refused).
/// </summary>
public static class SchemaCheck
{
    public const string Document = "document";
    public const string Task = "task";
    public const string Status = "status";
    public const string Progress = "progress";

    private static readonly Dictionary<string, Lazy<JsonSchema>> Schemas = new[] { Document, Task, Status, Progress }
        .ToDictionary(n => n, n => new Lazy<JsonSchema>(() => Load($"{n}-1.1.schema.json")));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static JsonSchema Load(string file) =>
        JsonSchema.FromText(File.ReadAllText(Repo.Path("schema", file)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    public static void AssertValid(DocumentRecord record) => AssertValid(Document, RecordJson.Serialize(record), record.Source.File);

    /// <summary>Fails with every violation listed when <paramref name="json"/> breaks the named schema.</summary>
    public static void AssertValid(string schema, string json, string? what = null)
    {
        var errors = Errors(schema, json);
        Assert.True(errors.Count == 0, $"{what ?? json[..Math.Min(json.Length, 120)]} breaks {schema}-1.1.schema.json:\n" + string.Join("\n", errors));
    }

    public static List<string> Errors(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schemas[schema].Value.Evaluate(document.RootElement, Options);
        if (result.IsValid) return [];
        return (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid").ToList();
    }
}
