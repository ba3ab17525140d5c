using System.Diagnostics;
using System.Text.Json.Nodes;
using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Sources;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ingest;

/// <summary>
/// Every broken or hostile input ends as a clear error in its status record while the batch goes on:
/// empty, truncated, encrypted and fake PDFs, corrupt and oversized images, PDF and Word decompression
/// bombs, invalid UTF-8, a reader that hangs; and the size and page limits.
/// </summary>
public class HostileInputTests
{
    [Fact]
    public async Task Each_bad_input_gets_its_error_code_and_the_good_document_is_still_extracted()
    {
        var inputs = IngestRun.TempDir("hostile-in");
        var cases = HostileInputs.WriteAll(inputs);
        var outDir = IngestRun.TempDir("hostile-out");
        using var hanging = new HangingReader();
        var command = new IngestCommand(DocumentExtractor.CreateDefault([hanging]));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var clock = Stopwatch.StartNew();

        var code = await command.RunAsync(new IngestCommand.Arguments([inputs], outDir, Jobs: 2, TimeoutSeconds: 3), stdout, stderr, interactive: false);

        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the batch took {clock.Elapsed}");
        foreach (var (name, expected) in cases)
        {
            var sha = SourceFile.Load(Path.Combine(inputs, name)).Sha256;
            var status = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "status", sha + ".json")))!;
            if (expected is null)
            {
                Assert.Equal("ok", status["status"]!.GetValue<string>());
                Assert.True(File.Exists(Path.Combine(outDir, "records", sha + ".json")));
                continue;
            }
            Assert.True("failed" == status["status"]!.GetValue<string>(), $"{name}: {status}");
            Assert.True(expected == status["error"]!["code"]!.GetValue<string>(), $"{name}: expected {expected}, got {status["error"]}");
            Assert.False(string.IsNullOrWhiteSpace(status["error"]!["message"]!.GetValue<string>()));
            Assert.False(File.Exists(Path.Combine(outDir, "records", sha + ".json")), name);
        }
        // One JSON progress line per input, a summary line, and the failures listed on stderr by name.
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cases.Count, lines.Count(l => l.Contains("\"event\":\"document\"")));
        Assert.Contains(lines, l => l.Contains("\"event\":\"summary\"") && l.Contains($"\"failed\":{cases.Count - 1}"));
        Assert.Contains("huge.png: image-too-large: the image is too large: PNG of 20000×20000 pixels", stderr.ToString());
        Assert.Single(IngestRun.Lines(outDir, "documents.jsonl"));
        Assert.Empty(IngestRun.TempFiles(outDir));
    }

    [Fact]
    public async Task Size_and_page_limits_fail_only_the_documents_over_them()
    {
        var inputs = IngestRun.TempDir("limits-in");
        File.Copy(Repo.Path("corpus", "pdf", "CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf"), Path.Combine(inputs, "four-pages.pdf"));
        File.Copy(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt"), Path.Combine(inputs, "small.txt"));
        File.WriteAllText(Path.Combine(inputs, "big.txt"), new string('a', 5 * 1024 * 1024));
        var outDir = IngestRun.TempDir("limits-out");
        var stdout = new StringWriter();

        var code = await new IngestCommand(DocumentExtractor.CreateDefault()).RunAsync(
            new IngestCommand.Arguments([inputs], outDir, Jobs: 2, MaxPages: 3, MaxBytes: 4 * 1024 * 1024), stdout, new StringWriter(), interactive: false);

        Assert.Equal(ExitCodes.InputErrors, code);
        var events = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)
            .Where(n => n["event"]!.GetValue<string>() == "document").ToDictionary(n => Path.GetFileName(n["path"]!.GetValue<string>()));
        Assert.Equal("too-many-pages", events["four-pages.pdf"]["error"]!["code"]!.GetValue<string>());
        Assert.Equal("too-large", events["big.txt"]["error"]!["code"]!.GetValue<string>());
        Assert.Equal("ok", events["small.txt"]["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_arguments_exit_64_before_touching_the_output()
    {
        var outDir = Path.Combine(IngestRun.TempDir("usage"), "never");
        var command = new IngestCommand(DocumentExtractor.CreateDefault());
        foreach (var args in new[]
        {
            new IngestCommand.Arguments(["corpus"], outDir, Jobs: 0),
            new IngestCommand.Arguments(["corpus"], outDir, Jobs: 1, Shard: "4/3"),
            new IngestCommand.Arguments(["corpus"], outDir, Jobs: 1, Webhook: "ftp://example/"),
            new IngestCommand.Arguments(["corpus"], null, Jobs: 1),
        })
        {
            var stderr = new StringWriter();
            Assert.Equal(ExitCodes.Usage, await command.RunAsync(args, new StringWriter(), stderr, interactive: false));
            Assert.StartsWith("error: ", stderr.ToString());
        }
        Assert.False(Directory.Exists(outDir));
    }
}
