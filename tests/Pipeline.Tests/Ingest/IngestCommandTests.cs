using System.Text.Json.Nodes;
using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ingest;

/// <summary>The CLI side of ingest: --stdout, JSON progress lines, exit codes.</summary>
public class IngestCommandTests
{
    [Fact]
    public async Task Stdout_mode_prints_records_and_moves_progress_to_stderr()
    {
        var outDir = IngestRun.TempDir("stdout");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await new IngestCommand(DocumentExtractor.CreateDefault()).RunAsync(
            new IngestCommand.Arguments([Repo.Path("corpus", "seeds")], outDir, Jobs: 2, Stdout: true), stdout, stderr, interactive: false);

        Assert.Equal(ExitCodes.Ok, code);
        var records = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(RecordJson.Deserialize).ToList();
        Assert.Equal(5, records.Count);
        Assert.All(records, SchemaCheck.AssertValid);
        var progressLines = stderr.ToString().Split('\n').Where(l => l.StartsWith('{')).ToList();
        Assert.All(progressLines, l => SchemaCheck.AssertValid(SchemaCheck.Progress, l));
        var progress = progressLines.Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(5, progress.Count(p => p["event"]!.GetValue<string>() == "document"));
        var summary = progress.Single(p => p["event"]!.GetValue<string>() == "summary");
        Assert.Equal(5, summary["ok"]!.GetValue<int>());
        Assert.True(summary["peakMemoryBytes"]!.GetValue<long>() > 0);
        Assert.Contains("benchmark: ", stderr.ToString());
        Assert.Contains("documents/s", stderr.ToString());
    }

    [Fact]
    public async Task A_missing_source_is_an_input_error_and_the_rest_is_ingested()
    {
        var outDir = IngestRun.TempDir("missing");
        var stdout = new StringWriter();
        var code = await new IngestCommand(DocumentExtractor.CreateDefault()).RunAsync(
            new IngestCommand.Arguments([Repo.Path("corpus", "seeds"), Repo.Path("corpus", "no-such-folder")], outDir, Jobs: 2), stdout, new StringWriter(), interactive: false);
        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("\"code\":\"missing\"", stdout.ToString());
        Assert.Equal(5, IngestRun.Records(outDir).Count);
    }

    [Fact]
    public void Exit_codes_put_interruption_then_failures_then_partial_then_delivery_first()
    {
        var none = new Pipeline.Ingestion.RunSummary(1, 0, 0, 0, 1, TimeSpan.FromSeconds(1), 1, 0, 0, false, []);
        Assert.Equal(ExitCodes.Ok, IngestCommand.ExitCode(none));
        Assert.Equal(ExitCodes.DeliveryPending, IngestCommand.ExitCode(none with { DeliveryPending = 1 }));
        Assert.Equal(ExitCodes.PartialSuccess, IngestCommand.ExitCode(none with { Partial = 1, DeliveryPending = 1 }));
        Assert.Equal(ExitCodes.InputErrors, IngestCommand.ExitCode(none with { Failed = 1, Partial = 1 }));
        Assert.Equal(ExitCodes.Interrupted, IngestCommand.ExitCode(none with { Failed = 1, Interrupted = true }));
    }
}
