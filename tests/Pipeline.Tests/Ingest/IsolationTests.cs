using System.Text.Json.Nodes;
using Pipeline.Cli.Commands;
using Pipeline.Tests.Support;
using Xunit.Abstractions;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// One archive holding what used to stop or fool a run — a PDF whose circular reference overflows PdfPig's stack,
/// a Word list starting at 2,000,000,000, two folder links looping, a name that is not UTF-8, a folder nobody may
/// read — beside 20 good documents, ingested by the real CLI with worker processes: every file ends with a code.
/// </summary>
public class IsolationTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> ExpectedFailures = new()
    {
        ["circular.pdf"] = "crashed",
        ["list-2000000000.docx"] = "too-large",
        ["to-a"] = "link-loop",
        ["bad-\\xFF\\xFE-name.txt"] = "invalid-name",
        ["locked"] = "unreadable",
    };

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Five_hostile_paths_beside_twenty_good_documents_end_as_twenty_records_and_five_coded_failures_and_a_rerun_does_nothing()
    {
        var inputs = IngestRun.TempDir("archive-in");
        var good = Directory.GetFiles(Repo.Path("corpus", "seeds")).Concat(Directory.GetFiles(Repo.Path("corpus", "text")))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(20).ToList();
        Assert.Equal(20, good.Count);
        foreach (var f in good) File.Copy(f, Path.Combine(inputs, Path.GetFileName(f)));
        File.WriteAllBytes(Path.Combine(inputs, "circular.pdf"), HostileInputs.CircularReferencePdf());
        File.WriteAllBytes(Path.Combine(inputs, "list-2000000000.docx"), HostileInputs.DocxListStartingAt(2_000_000_000));
        HostileInputs.LinkLoop(Path.Combine(inputs, "loop"));
        HostileInputs.NonUtf8Name(inputs, good[0]);
        var locked = Directory.CreateDirectory(Path.Combine(inputs, "locked")).FullName;
        File.Copy(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt"), Path.Combine(locked, "inside.txt"));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var outDir = IngestRun.TempDir("archive-out");
        PipelineProcess.OpenToAll(inputs);
        PipelineProcess.OpenToAll(outDir);
        string[] args = ["ingest", inputs, "--out", outDir, "--jobs", "2", "--timeout", "60"];

        var first = PipelineProcess.Run(args, asNobody: true);
        output.WriteLine(string.Join("\n", first.Stdout.TakeLast(1)) + "\n" + first.Stderr);

        Assert.Equal(ExitCodes.InputErrors, first.Code);
        Assert.Equal(20, Directory.GetFiles(Path.Combine(outDir, "records")).Length);
        AssertFailures(outDir);
        var summary = JsonNode.Parse(first.Stdout.Last())!;
        Assert.Equal(20, summary["ok"]!.GetValue<int>());
        Assert.Equal(5, summary["failed"]!.GetValue<int>());
        Assert.True(summary["peakMemoryBytes"]!.GetValue<long>() < 1L << 30, $"parent peak {summary["peakMemoryBytes"]}");
        Assert.True(summary["workerPeakMemoryBytes"]!.GetValue<long>() < 1L << 30, $"worker peak {summary["workerPeakMemoryBytes"]}");
        Assert.DoesNotContain("   at ", first.Stderr); // no stack trace reaches the user

        var second = PipelineProcess.Run(args, asNobody: true);
        output.WriteLine(second.Stdout.Last());
        Assert.Equal(ExitCodes.Ok, second.Code);
        var again = JsonNode.Parse(second.Stdout.Last())!;
        Assert.Equal(0, again["ok"]!.GetValue<int>() + again["failed"]!.GetValue<int>() + again["partial"]!.GetValue<int>());
        Assert.Equal(25, again["skipped"]!.GetValue<int>());
        AssertFailures(outDir);
    }

    [Fact]
    public void A_worker_past_its_memory_ceiling_or_its_timeout_is_killed_and_its_document_is_not_retried_unless_asked()
    {
        var inputs = IngestRun.TempDir("ceiling-in");
        File.Copy(Repo.Path("corpus", "pdf", "CV-3298-SXD-QLHDXD-LaoCai-mo-da-DongKhe.pdf"), Path.Combine(inputs, "big.pdf")); // 3.3 MB
        var outDir = IngestRun.TempDir("ceiling-out");
        string[] args = ["ingest", inputs, "--out", outDir, "--jobs", "1"];

        var tight = PipelineProcess.Run([.. args, "--max-memory", "64M"]);
        Assert.Equal(ExitCodes.InputErrors, tight.Code);
        Assert.Equal("out-of-memory", Code(outDir));
        Assert.Contains("past its memory ceiling", tight.Stderr);

        var again = PipelineProcess.Run(args);
        Assert.Equal(ExitCodes.Ok, again.Code);
        Assert.Contains("\"skipped\":1", again.Stdout.Last());

        var hurried = PipelineProcess.Run([.. args, "--retry-failed", "--timeout", "0.05"]);
        output.WriteLine(hurried.Stderr);
        Assert.Equal(ExitCodes.InputErrors, hurried.Code);
        Assert.Equal("timeout", Code(outDir));
    }

    private static string Code(string outDir) =>
        JsonNode.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(outDir, "status")))))!["error"]!["code"]!.GetValue<string>();

    private static void AssertFailures(string outDir)
    {
        var failed = Directory.GetFiles(Path.Combine(outDir, "status")).Select(f => JsonNode.Parse(File.ReadAllText(f))!)
            .Where(s => s["status"]!.GetValue<string>() == "failed")
            .ToDictionary(s => Path.GetFileName(s["paths"]![0]!.GetValue<string>()), s => s["error"]!["code"]!.GetValue<string>());
        Assert.Equal(ExpectedFailures.OrderBy(p => p.Key), failed.OrderBy(p => p.Key));
    }
}
