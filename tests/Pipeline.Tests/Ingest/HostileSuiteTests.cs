using System.Text.Json.Nodes;
using Pipeline.Cli.Commands;
using Pipeline.Diagnostics;
using Pipeline.Extraction;
using Xunit.Abstractions;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// The whole hostile collection (<see cref="HostileInputs.WriteEverything"/>, over 40 kinds) in one folder, ingested
/// in this process and through the CLI with worker processes: the run finishes, every file ends with its code in
/// status/, the good document is extracted, peak memory stays under 1 GB and no stack trace reaches the user.
/// </summary>
public class HostileSuiteTests(ITestOutputHelper output)
{
    [Fact]
    public async Task In_process_every_hostile_file_ends_with_its_code()
    {
        var inputs = IngestRun.TempDir("suite-in");
        var cases = HostileInputs.WriteEverything(inputs, crashers: false);
        Assert.True(cases.Count >= 40, $"{cases.Count} kinds");
        var outDir = IngestRun.TempDir("suite-out");
        using var hanging = new HangingReader();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // The run shares the test host with every other test: its peak is measured from the host's size at its start.
        var hostAtStart = PeakMemory.ResetPeak() ?? 0;

        var code = await new IngestCommand(DocumentExtractor.CreateDefault([hanging]))
            .RunAsync(new IngestCommand.Arguments([inputs], outDir, Jobs: 2, TimeoutSeconds: 5), stdout, stderr, interactive: false);

        output.WriteLine(stderr.ToString());
        Assert.Equal(ExitCodes.InputErrors, code);
        AssertOutcomes(cases, outDir);
        var summary = JsonNode.Parse(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Last())!;
        var growth = summary["peakMemoryBytes"]!.GetValue<long>() - hostAtStart;
        Assert.True(growth < 1L << 30, $"peak {summary["peakMemoryBytes"]}: {growth} bytes over the test host's {hostAtStart} at the start");
        Assert.DoesNotContain("   at ", stderr.ToString());
    }

    [Fact]
    public void With_worker_processes_every_hostile_file_ends_with_its_code_even_the_one_that_crashes_its_reader()
    {
        var inputs = IngestRun.TempDir("suite-iso-in");
        var cases = HostileInputs.WriteEverything(inputs, crashers: true);
        File.Delete(Path.Combine(inputs, "stuck.txt")); // hangs only the test's in-process reader
        cases.Remove("stuck.txt");
        var outDir = IngestRun.TempDir("suite-iso-out");

        var (code, stdout, stderr) = PipelineProcess.Run(["ingest", inputs, "--out", outDir, "--jobs", "2", "--timeout", "30"]);

        output.WriteLine(stderr);
        Assert.Equal(ExitCodes.InputErrors, code);
        AssertOutcomes(cases, outDir);
        var summary = JsonNode.Parse(stdout.Last())!;
        Assert.True(summary["peakMemoryBytes"]!.GetValue<long>() < 1L << 30, $"parent peak {summary["peakMemoryBytes"]}");
        Assert.True(summary["workerPeakMemoryBytes"]!.GetValue<long>() < 1L << 30, $"worker peak {summary["workerPeakMemoryBytes"]}");
        Assert.DoesNotContain("   at ", stderr);
    }

    /// <summary>Each case's status (by the last segment of its first path) has the expected code; nothing else is in status/.</summary>
    private static void AssertOutcomes(Dictionary<string, string?> cases, string outDir)
    {
        var got = Directory.GetFiles(Path.Combine(outDir, "status")).Select(f => JsonNode.Parse(File.ReadAllText(f))!)
            .ToDictionary(s => Path.GetFileName(s["paths"]![0]!.GetValue<string>()),
                s => s["status"]!.GetValue<string>() == "failed" ? s["error"]!["code"]!.GetValue<string>() : null);
        var wrong = cases.Keys.Union(got.Keys).Order(StringComparer.Ordinal)
            .Where(k => !cases.TryGetValue(k, out var want) || !got.TryGetValue(k, out var have) || want != have)
            .Select(k => $"{k}: expected {(cases.TryGetValue(k, out var w) ? w ?? "ok" : "nothing")}, got {(got.TryGetValue(k, out var h) ? h ?? "ok" : "nothing")}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Empty(IngestRun.TempFiles(outDir));
    }
}
