using System.Text.Json.Nodes;
using Pipeline.Cli.Commands;
using Pipeline.Evaluation;
using Pipeline.Extraction;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Corpus;

/// <summary>
/// `eval` fails (exit 1) when one measure falls below its own threshold, even when the pooled figures hold:
/// a real seed (002, three dated tasks) is scored against its expected record, then against a copy whose dated
/// deadlines or unit roles disagree with what is extracted.
/// </summary>
public class EvalThresholdTests
{
    private const string Seed = "002_b6e14e4fcfdc04cd";

    [Fact]
    public void Eval_passes_on_the_true_record_and_exits_1_when_dated_deadline_accuracy_falls()
    {
        var thresholds = """{"dev": {"deadlines.dated": 1.0, "units.role": 1.0, "tasks.f1": 0.9}}""";
        var (okCode, okReport) = Run(thresholds, record => record);
        Assert.True(okCode == 0, okReport);

        var (code, report) = Run(thresholds, record =>
        {
            foreach (var task in record["tasks"]!.AsArray())
                if (task!["deadline"] is JsonObject deadline) deadline["date"] = "1999-01-01";
            return record;
        });
        Assert.Equal(1, code);
        Assert.Contains("FAIL: dev: deadlines.dated 0.0 %", report);
        // The null = null agreement alone would still look fine: two of five matched tasks have no deadline.
        Assert.Contains("deadline agreement", report);
    }

    [Fact]
    public void Eval_exits_1_when_unit_roles_fall_though_units_are_all_found()
    {
        var thresholds = """{"dev": {"units.role": 0.9, "units.recall": 0.5}}""";
        var (code, report) = Run(thresholds, record =>
        {
            foreach (var task in record["tasks"]!.AsArray())
                foreach (var unit in task!["units"]!.AsArray())
                    unit!["role"] = unit["role"]!.GetValue<string>() == "lead" ? "support" : "lead";
            return record;
        });
        Assert.Equal(1, code);
        Assert.Contains("FAIL: dev: units.role", report);
        Assert.DoesNotContain("FAIL: dev: units.recall", report);
    }

    [Fact]
    public void The_older_flat_thresholds_file_is_read_as_dev_thresholds()
    {
        var path = Path.Combine(Path.GetTempPath(), $"thresholds-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"fieldsStrict": 0.97, "deadlineAccuracy": 0.93}""");
        var t = Thresholds.Load(path);
        Assert.Equal(0.97, t.Splits["dev"]["fields.strict"]);
        Assert.Equal(0.93, t.Splits["dev"]["deadlines.all"]);
    }

    private static (int Code, string Report) Run(string thresholds, Func<JsonNode, JsonNode> change)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pipeline-evalthr-" + Guid.NewGuid().ToString("N"));
        var expected = Path.Combine(dir, "expected");
        Directory.CreateDirectory(expected);
        var record = JsonNode.Parse(File.ReadAllText(Repo.Path("corpus", "expected", Seed + ".json")))!;
        File.WriteAllText(Path.Combine(expected, Seed + ".json"), change(record).ToJsonString());
        var thresholdsPath = Path.Combine(dir, "thresholds.json");
        File.WriteAllText(thresholdsPath, thresholds);
        var output = new StringWriter();
        var code = new EvalCommand(DocumentExtractor.CreateDefault())
            .Run(expected, Path.Combine(dir, "out"), Repo.Path("corpus", "seeds"), thresholdsPath, true, output, new StringWriter());
        return (code, output.ToString());
    }
}
