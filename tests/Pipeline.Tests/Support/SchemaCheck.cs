using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pipeline.Records;

namespace Pipeline.Tests.Support;

/// <summary>
/// Validates records against the published JSON Schema (schema/document-1.0.schema.json). A small validator
/// for the keywords the schema uses (type, required, properties, items, enum, const, pattern, minimum, maximum),
/// because no JSON Schema package is available to this build.
/// </summary>
public static class SchemaCheck
{
    private static readonly Lazy<JsonNode> Schema = new(() => JsonNode.Parse(File.ReadAllText(Repo.Path("schema", "document-1.0.schema.json")))!);

    public static void AssertValid(DocumentRecord record)
    {
        var node = JsonNode.Parse(RecordJson.Serialize(record));
        var errors = new List<string>();
        Validate(Schema.Value, node, "$", errors);
        Assert.True(errors.Count == 0, $"{record.Source.File} breaks the contract:\n" + string.Join("\n", errors));
    }

    public static List<string> Errors(JsonNode? instance)
    {
        var errors = new List<string>();
        Validate(Schema.Value, instance, "$", errors);
        return errors;
    }

    /// <summary>Errors of an instance against any schema node (e.g. a definition of schema/provenance.fragment.json).</summary>
    public static List<string> Errors(JsonNode schema, JsonNode? instance, string path = "$")
    {
        var errors = new List<string>();
        Validate(schema, instance, path, errors);
        return errors;
    }

    private static void Validate(JsonNode schema, JsonNode? value, string path, List<string> errors)
    {
        if (schema["const"] is { } c && !JsonNode.DeepEquals(c, value)) errors.Add($"{path}: must be {c.ToJsonString()}");
        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value))) errors.Add($"{path}: {value?.ToJsonString()} not in enum");
        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray arr ? arr.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (allowed.Contains("number")) allowed.Add("integer");
            if (!allowed.Contains(TypeOf(value))) { errors.Add($"{path}: is {TypeOf(value)}, expected {string.Join("|", allowed)}"); return; }
        }
        if (value is null) return;
        if (value is JsonObject obj)
        {
            if (schema["required"] is JsonArray required)
                foreach (var r in required.Select(r => r!.GetValue<string>()))
                    if (!obj.ContainsKey(r)) errors.Add($"{path}: missing required '{r}'");
            if (schema["properties"] is JsonObject props)
                foreach (var (name, sub) in props)
                    if (obj.ContainsKey(name)) Validate(sub!, obj[name], $"{path}.{name}", errors);
        }
        if (value is JsonArray items && schema["items"] is { } itemSchema)
            for (var i = 0; i < items.Count; i++) Validate(itemSchema, items[i], $"{path}[{i}]", errors);
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && schema["pattern"] is { } pattern
            && !Regex.IsMatch(v.GetValue<string>(), pattern.GetValue<string>()))
            errors.Add($"{path}: '{v}' does not match {pattern}");
        if (value is JsonValue n && n.GetValueKind() == JsonValueKind.Number)
        {
            var d = n.GetValue<double>();
            if (schema["minimum"] is { } min && d < min.GetValue<double>()) errors.Add($"{path}: {d} < minimum");
            if (schema["maximum"] is { } max && d > max.GetValue<double>()) errors.Add($"{path}: {d} > maximum");
        }
    }

    private static string TypeOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => v.ToJsonString().Contains('.') ? "number" : "integer",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
        _ => "unknown",
    };
}
