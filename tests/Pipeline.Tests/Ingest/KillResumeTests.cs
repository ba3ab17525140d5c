using System.Diagnostics;
using Pipeline.Cli.Commands;
using Xunit.Abstractions;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// The built `pipeline` run as a child process over the corpus, documents read in worker processes, killed with
/// SIGKILL mid-run (after some documents, then 20 times at arbitrary moments), then run to the end: the output
/// equals an uninterrupted in-process run's — same records, same JSONL lines, none duplicated, no temporary file left.
/// </summary>
public class KillResumeTests(ITestOutputHelper output)
{
    private static readonly string PipelineDll = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");
    private const int Kills = 20;

    [Fact]
    public void A_run_killed_21_times_and_resumed_gives_the_uninterrupted_output()
    {
        var reference = IngestRun.Reference.Value;
        var outDir = IngestRun.TempDir("killed");

        // 1: killed right after the 8th document is committed and reported.
        var first = Start(outDir, delayMs: 200);
        var processed = WaitForDocuments(first, 8);
        first.Kill(entireProcessTree: true);
        first.WaitForExit();
        // 2: twenty kills at arbitrary moments, wherever the run is (starting workers, listing, extracting, writing,
        // committing); every other time the parent alone, as `kill -9 PID` does: its workers are orphaned mid-document
        // and end when they find their stdin closed, writing nothing.
        for (var kill = 0; kill < Kills; kill++)
        {
            var run = Start(outDir, delayMs: 200);
            Thread.Sleep(Random.Shared.Next(300, 4000));
            run.Kill(entireProcessTree: kill % 2 == 0);
            run.WaitForExit();
        }
        var leftovers = IngestRun.TempFiles(outDir).Length;
        // 3: to the end, no delay.
        var last = Start(outDir, delayMs: 0);
        var lines = ReadAll(last);
        last.WaitForExit();

        output.WriteLine($"first run reported {processed} documents before SIGKILL; temp files after {Kills} more kills: {leftovers}; last run: {lines.Last()}");
        Assert.Equal(ExitCodes.Ok, last.ExitCode); // every page is read: the scanned page of the 1629 PDF by OCR
        var summary = lines.Last();
        Assert.Contains("\"event\":\"summary\"", summary);
        Assert.DoesNotContain("\"skipped\":0,", summary); // it resumed: earlier runs' documents were not redone
        Assert.Contains("\"failed\":0", summary);
        Assert.DoesNotContain("\"workerPeakMemoryBytes\":null", summary); // documents were read in worker processes

        Assert.Equal(IngestRun.Records(reference), IngestRun.Records(outDir));
        foreach (var jsonl in new[] { "documents.jsonl", "tasks.jsonl" })
        {
            var got = IngestRun.Lines(outDir, jsonl);
            Assert.Equal(got.Length, got.Distinct().Count());
            Assert.Equal(IngestRun.Lines(reference, jsonl).Order(StringComparer.Ordinal), got.Order(StringComparer.Ordinal));
        }
        Assert.Equal(Directory.GetFiles(Path.Combine(reference, "status")).Length, Directory.GetFiles(Path.Combine(outDir, "status")).Length);
        Assert.Empty(IngestRun.TempFiles(outDir));
    }

    private static Process Start(string outDir, int delayMs)
    {
        Assert.True(File.Exists(PipelineDll), $"{PipelineDll} is not built");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, // not a terminal: one JSON line per document
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[PipelineDll, "ingest", .. IngestRun.CorpusPaths(), "--out", outDir, "--jobs", "2", "--rules-only"]) start.ArgumentList.Add(arg);
        start.Environment[IngestCommand.DelayVariable] = delayMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Reads progress lines until <paramref name="count"/> documents were processed (not skipped); returns how many were.</summary>
    private static int WaitForDocuments(Process process, int count)
    {
        var seen = 0;
        var deadline = Stopwatch.StartNew();
        while (seen < count && deadline.Elapsed < TimeSpan.FromMinutes(2) && process.StandardOutput.ReadLine() is { } line)
            if (line.Contains("\"event\":\"document\"") && !line.Contains("\"status\":\"skipped\"")) seen++;
        Assert.True(seen == count, $"the run ended or stalled after {seen} documents");
        return seen;
    }

    private static List<string> ReadAll(Process process)
    {
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
