using System.Text.Json.Nodes;
using Pipeline.Ingestion.Delivery;
using Pipeline.Records;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Contract;

/// <summary>
/// The published schemas refuse what the contract forbids (JsonSchema.Net, formats asserted), and accept
/// what the extractor writes and what 1.0 producers wrote.
/// </summary>
public class SchemaTests
{
    private static JsonNode Record() =>
        JsonNode.Parse(RecordJson.Serialize(Extract.File("seeds", "004_2f2804abc48cfa00.txt")))!;

    [Fact]
    public void A_real_record_is_valid_and_names_its_extractor_and_warning_codes()
    {
        var record = Record();
        SchemaCheck.AssertValid(SchemaCheck.Document, record.ToJsonString());
        Assert.Equal(DocumentRecord.CurrentSchemaVersion, record["schemaVersion"]!.GetValue<string>());
        Assert.Equal("rules", record["extractor"]!["lineRoles"]!.GetValue<string>());
        Assert.Equal(ExtractorInfo.CurrentVersion, record["extractor"]!["version"]!.GetValue<string>());
        Assert.Equal(record["warnings"]!.AsArray().Count, record["warningDetails"]!.AsArray().Count);
    }

    public static TheoryData<string> Broken => new()
    {
        "misspelt issueDate",
        "empty recipient name",
        "task id not-an-id",
        "confidence 7",
        "confidence \"high\"",
        "type code ZZZ",
        "month 13, day 45",
        "30 February",
        "unit role boss",
        "kind chore",
        "schemaVersion 2.0",
        "warning code made up",
        "field confidence for an unknown field",
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_record_breaking_the_contract_is_refused(string what)
    {
        var d = Record();
        Break(what, d);
        Assert.NotEmpty(SchemaCheck.Errors(SchemaCheck.Document, d.ToJsonString()));
    }

    private static void Break(string what, JsonNode d)
    {
        switch (what)
        {
            case "misspelt issueDate": d["document"]!.AsObject().Add("issueDate", "2023-05-01"); break;
            case "empty recipient name": d["document"]!["recipients"] = new JsonArray(new JsonObject { ["name"] = "", ["note"] = null }); break;
            case "task id not-an-id": d["tasks"]![0]!["id"] = "not-an-id"; break;
            case "confidence 7": d["tasks"]![0]!["confidence"] = 7; break;
            case "confidence \"high\"": d["tasks"]![0]!["confidence"] = "high"; break;
            case "type code ZZZ": d["document"]!["type"]!["code"] = "ZZZ"; break;
            case "month 13, day 45": d["document"]!["issuedDate"] = "2023-13-45"; break;
            case "30 February": d["document"]!["issuedDate"] = "2023-02-30"; break;
            case "unit role boss": d["tasks"]![0]!["units"] = new JsonArray(new JsonObject { ["name"] = "Sở Xây dựng", ["role"] = "boss" }); break;
            case "kind chore": d["tasks"]![0]!["kind"] = "chore"; break;
            case "schemaVersion 2.0": d["schemaVersion"] = "2.0"; break;
            case "warning code made up": d["warningDetails"] = new JsonArray(new JsonObject { ["code"] = "made-up", ["message"] = "x" }); break;
            case "field confidence for an unknown field": d["document"]!["fieldConfidence"] = new JsonObject { ["colour"] = 0.5 }; break;
            default: throw new ArgumentException(what);
        }
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("2023-05")]
    [InlineData("2024-02-29")]
    [InlineData("2023-12-31")]
    public void Real_and_partial_dates_are_accepted(string date)
    {
        var d = Record();
        d["document"]!["issuedDate"] = date;
        SchemaCheck.AssertValid(SchemaCheck.Document, d.ToJsonString());
    }

    [Fact]
    public void A_record_as_1_0_wrote_it_is_valid_under_1_2()
    {
        var d = Record().AsObject();
        d["schemaVersion"] = "1.0";
        d.Remove("warningDetails");
        d.Remove("extractor");
        d["source"]!.AsObject().Remove("path");
        SchemaCheck.AssertValid(SchemaCheck.Document, d.ToJsonString());
    }

    [Fact]
    public void A_1_3_record_is_read_by_the_1_0_schema()
    {
        var record = Record();
        Assert.Equal("1.3", record["schemaVersion"]!.GetValue<string>());
        record["extractor"]!["lineRoles"] = "rules+body-model";
        Assert.Empty(SchemaCheck.Errors(SchemaCheck.Document10, record.ToJsonString()));
    }

    [Theory]
    [InlineData("1.1", "rules+model", true)]
    [InlineData("1.2", "rules+body-model", true)]
    [InlineData("1.3", "rules+body-model", true)]
    [InlineData("1.2", "model", false)]
    public void The_current_schema_reads_1_1_and_1_2_records_and_names_who_decided_line_roles(string version, string lineRoles, bool valid)
    {
        var d = Record();
        d["schemaVersion"] = version;
        d["extractor"]!["lineRoles"] = lineRoles;
        Assert.Equal(valid, SchemaCheck.Errors(SchemaCheck.Document, d.ToJsonString()).Count == 0);
    }

    [Fact]
    public void A_record_missing_a_1_0_field_is_refused_by_the_1_0_schema()
    {
        var d = Record();
        d["document"]!.AsObject().Remove("archive");
        var errors = SchemaCheck.Errors(SchemaCheck.Document10, d.ToJsonString());
        Assert.Contains(errors, e => e.StartsWith("document-1.0.schema.json", StringComparison.Ordinal) && e.Contains("archive"));
        Assert.Contains(SchemaCheck.Errors(SchemaCheck.Document, d.ToJsonString()), e => e.StartsWith("document-1.0.schema.json", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.1", true)]
    [InlineData("1.12", true)]
    [InlineData("2.0", false)]
    [InlineData("1", false)]
    [InlineData("1.x", false)]
    public void The_1_0_schema_accepts_every_1_x_version_and_no_other(string version, bool accepted)
    {
        var d = Record();
        d["schemaVersion"] = version;
        Assert.Equal(accepted, SchemaCheck.Errors(SchemaCheck.Document10, d.ToJsonString()).Count == 0);
    }

    [Fact]
    public void The_schema_enums_are_the_codes_the_code_uses()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Repo.Path("schema", $"document-{DocumentRecord.CurrentSchemaVersion}.schema.json")))!;
        var warningCodes = schema["properties"]!["warningDetails"]!["items"]!["properties"]!["code"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(WarningCodes.All.Order(), warningCodes.Order());
        var typeCodes = schema["properties"]!["document"]!["properties"]!["type"]!["properties"]!["code"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(File.ReadAllLines(Repo.Path("src", "Pipeline.Core", "Vocabulary", "Data", "doc-types.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).Distinct().Order(StringComparer.Ordinal), typeCodes.Order(StringComparer.Ordinal));
        var described = Descriptions(schema).ToList();
        Assert.True(described.All(d => d.Described), "properties without a description: " + string.Join(", ", described.Where(d => !d.Described).Select(d => d.Path)));
    }

    // corpus/text/NQ-34-NQ-TU-LaoCai-phattrien-KCN-CCN-OCR.txt, a converter's OCR text ('[OCR]' note): its issuer and archive
    // are repaired from the vocabulary, which 1.3 names with a code and the field, so a clerk's queue can sort by it.
    [Fact]
    public void A_repair_from_the_vocabulary_has_its_code_and_field()
    {
        var record = Extract.File("text", "NQ-34-NQ-TU-LaoCai-phattrien-KCN-CCN-OCR.txt");
        var repairs = record.WarningDetails.Where(w => w.Code == "field-repaired").ToList();
        Assert.Contains(repairs, w => w.Field == "issuer" && w.Message.Contains("Tỉnh ủy Lào Cai", StringComparison.Ordinal));
        Assert.Contains(repairs, w => w.Field == "archive");
        SchemaCheck.AssertValid(record);
    }

    private static readonly string[] TypedFolders = ["seeds", "text", "docx", "pdf"];

    [Fact]
    public void Warnings_of_the_corpus_all_have_a_code()
    {
        var others = TypedFolders
            .SelectMany(d => Directory.GetFiles(Repo.Path("corpus", d)))
            .SelectMany(f => Extract.Extractor.Extract(Pipeline.Sources.SourceFile.Load(f)).WarningDetails)
            .Where(w => w.Code == WarningCodes.Other).Select(w => w.Message).Distinct().ToList();
        Assert.True(others.Count == 0, "warnings without a code: " + string.Join(" | ", others));
    }

    [Fact]
    public void The_delivery_key_changes_with_what_was_extracted_and_not_otherwise()
    {
        var record = Extract.File("seeds", "004_2f2804abc48cfa00.txt");
        var again = Extract.File("seeds", "004_2f2804abc48cfa00.txt");
        Assert.Equal(DeliveryKey.For(record), DeliveryKey.For(again));
        var newer = record with { Extractor = record.Extractor! with { Version = "9.9.9" } };
        Assert.NotEqual(DeliveryKey.For(record), DeliveryKey.For(newer));
        var better = record with { Tasks = record.Tasks.Skip(1).ToList() };
        Assert.NotEqual(DeliveryKey.For(record), DeliveryKey.For(better));
        Assert.StartsWith(record.Source.Sha256 + ":" + record.SchemaVersion + ":", DeliveryKey.For(record));
    }

    /// <summary>Every entry under "properties" (recursively) and whether it, or the $defs entry it refers to, has a description.</summary>
    private static IEnumerable<(string Path, bool Described)> Descriptions(JsonNode schema)
    {
        var defs = schema["$defs"]!.AsObject();
        IEnumerable<(string, bool)> Walk(JsonNode node, string path)
        {
            if (node["properties"] is JsonObject props)
                foreach (var (name, sub) in props)
                {
                    var described = sub!["description"] is not null
                        || (sub["$ref"]?.GetValue<string>() is { } r && defs[r.Split('/').Last()]!["description"] is not null);
                    yield return ($"{path}.{name}", described);
                    foreach (var x in Walk(sub, $"{path}.{name}")) yield return x;
                }
            if (node["items"] is JsonObject items) foreach (var x in Walk(items, path + "[]")) yield return x;
            if (node["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal))
                foreach (var x in Walk(defs[reference.Split('/').Last()]!, path)) yield return x;
        }
        return Walk(schema, "$");
    }
}

/// <summary>The README's C# snippet, as written there, reads the task lines extract writes.</summary>
public class ReadmeSnippetTests
{
    private sealed record TaskLine(string SchemaVersion, TaskDocument Document, string Id, string Ordinal, string? Heading, string Text,
        IReadOnlyList<UnitInfo> Units, DeadlineInfo? Deadline, string Kind, int Page, double Confidence);

    private sealed record TaskDocument(string File, string Sha256, string? Reference);

    [Fact]
    public void The_readme_snippet_reads_tasks_jsonl()
    {
        var outDir = Pipeline.Tests.Cli.CliRun.NewDir();
        Assert.Equal(0, Pipeline.Tests.Cli.CliRun.Run("extract", Repo.Path("corpus", "seeds"), "--out", outDir).Code);
        var options = new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase };
        var tasks = File.ReadLines(Path.Combine(outDir, "tasks.jsonl")).Select(l => System.Text.Json.JsonSerializer.Deserialize<TaskLine>(l, options)!).ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal("1", t.SchemaVersion.Split('.')[0]));
        Assert.Contains(tasks, t => t.Units.Any(u => u.Role == "lead") && t.Document.Reference is not null);
        var readme = File.ReadAllText(Repo.Path("README.md"));
        Assert.Contains("record TaskLine(string SchemaVersion, TaskDocument Document, string Id, string Ordinal, string? Heading, string Text,", readme);
        Assert.True(File.ReadAllLines(Repo.Path("README.md")).Length < 150);
    }
}
